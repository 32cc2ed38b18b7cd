package org.mlgate.analysis;

import java.util.List;
import org.mlgate.analysis.checks.DataChecks;
import org.mlgate.analysis.checks.TrainingFacts;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.errors.ErrorAnalyzer;
import org.mlgate.analysis.errors.SliceMetrics;
import org.mlgate.analysis.metrics.PredictionSample;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * Everything that sees each scored row once: metrics, error analysis, data checks, slice metrics. A chunk of rows
 * can be counted in a {@link #fork} on any thread and {@link #merge}d back in file order; the result is then the same
 * as one pass, because every part either merges exactly (counts, sums of a chunk added in chunk order, samples keyed
 * on the row) or keeps the order the merge is made in (duplicates, ordered columns).
 *
 * <p>Public for the partial states ({@code org.mlgate.analysis.partial}), which count partitions in forks on other
 * machines and write each {@link #parts() part} with a codec of its own.
 */
public final class RowConsumers {
    final TaskMetrics metrics;
    final ErrorAnalyzer errors;
    final DataChecks checks;
    final SliceMetrics slices;
    /** Regression: the (actual, predicted) pairs behind the report's scatter charts. */
    final PredictionSample sample;

    RowConsumers(ScoredRowSource source, EvaluationRequest request) {
        this(source.task(), source.featureColumns(), source.probabilityLabels(), source.tribuoModel()
                .<TrainingFacts>map(model -> TrainingFacts.fromModel(model, source.model()))
                .orElseGet(TrainingFacts::none), request);
    }

    /**
     * Empty consumers of rows with these columns, counting as {@code request} asks (its metric, error, check and
     * slice options; its source and rules are not read).
     */
    public RowConsumers(Task task, List<String> featureColumns, List<String> probabilityLabels, TrainingFacts facts,
                        EvaluationRequest request) {
        metrics = TaskMetrics.of(task, probabilityLabels, request.metricOptions().maxClasses());
        errors = new ErrorAnalyzer(task, featureColumns, probabilityLabels, request.errors());
        checks = new DataChecks(task, featureColumns, facts, request.checks());
        slices = new SliceMetrics(task, featureColumns, request.sliceColumns(), probabilityLabels, request.errors());
        sample = PredictionSample.of(task);
    }

    private RowConsumers(RowConsumers parent) {
        metrics = parent.metrics.fork();
        errors = parent.errors.fork();
        checks = parent.checks.fork();
        slices = parent.slices.fork();
        sample = parent.sample.fork();
    }

    /**
     * True once every decision taken from the first rows is taken (slice bins), so that forks count exactly as this
     * instance would.
     */
    public boolean decided() {
        return errors.decided() && slices.decided();
    }

    /**
     * Takes every decision now, from the rows counted so far: for data that ends before the first rows are all there,
     * so that the decisions are written once and the result is what it would have been.
     */
    public void decide() {
        errors.decide();
        slices.decide();
    }

    /** Empty consumers for a chunk of rows; reads this instance only, so forks of a template may run in parallel. */
    public RowConsumers fork() {
        return new RowConsumers(this);
    }

    public void add(ScoredBatch batch) {
        metrics.add(batch);
        errors.add(batch);
        checks.add(batch);
        slices.add(batch);
        sample.add(batch);
    }

    /** Adds a fork's rows as if they came after this instance's rows. */
    public void merge(RowConsumers later) {
        metrics.merge(later.metrics);
        errors.merge(later.errors);
        checks.merge(later.checks);
        slices.merge(later.slices);
        sample.merge(later.sample);
    }

    /**
     * Every part, in the order of the fields above: what a partial state writes, one codec per part's class. A new
     * part goes here too (a test of the partial states fails until it has a codec).
     */
    public List<Object> parts() {
        return List.of(metrics, errors, checks, slices, sample);
    }
}

package org.mlgate.analysis;

import java.util.List;
import org.mlgate.analysis.checks.DataChecks;
import org.mlgate.analysis.checks.TrainingFacts;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.diagnostics.RowDiagnostics;
import org.mlgate.analysis.errors.ErrorAnalyzer;
import org.mlgate.analysis.errors.LabelErrors;
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
public final class RowConsumers implements PassConsumer<RowConsumers> {
    final TaskMetrics metrics;
    final ErrorAnalyzer errors;
    final DataChecks checks;
    final SliceMetrics slices;
    /** Regression: the (actual, predicted) pairs behind the report's scatter charts. */
    final PredictionSample sample;
    /** How the analyses above see the rows of the multi-label, clustering and anomaly-detection tasks. */
    final TaskAnalyses view;
    /** Multi-label: each label's misses and additions; null for the other tasks. */
    final LabelErrors labelErrors;
    /** The rows that importance reads, and the per-fold metrics (issue 12). */
    final RowDiagnostics diagnostics;

    RowConsumers(ScoredRowSource source, EvaluationRequest request) {
        this(source.task(), source.featureColumns(), source.probabilityLabels(), source.tribuoModel()
                .<TrainingFacts>map(model -> TrainingFacts.fromModel(model, source.model()))
                .orElseGet(TrainingFacts::none), request, request.diagnostics(), source.dataInfo().path());
    }

    /**
     * Empty consumers of rows with these columns, counting as {@code request} asks (its metric, error, check and
     * slice options; its source and rules are not read). Rows counted elsewhere (partial states) carry no
     * diagnostics' rows: no importance sample, no folds.
     */
    public RowConsumers(Task task, List<String> featureColumns, List<String> probabilityLabels, TrainingFacts facts,
                        EvaluationRequest request) {
        this(task, featureColumns, probabilityLabels, facts, request,
                request.diagnostics().withImportance(false).withFoldColumn(null), "");
    }

    private RowConsumers(Task task, List<String> featureColumns, List<String> allProbabilityLabels,
                         TrainingFacts facts, EvaluationRequest request, DiagnosticsOptions diagnosticsOptions,
                         String file) {
        metrics = TaskMetrics.of(task, allProbabilityLabels, request.metricOptions().maxClasses());
        view = TaskAnalyses.of(task);
        List<String> probabilityLabels = view.analysisProbabilityLabels(allProbabilityLabels);
        errors = new ErrorAnalyzer(view.rowTask(), featureColumns, probabilityLabels, request.errors());
        checks = new DataChecks(view.rowTask(), featureColumns, facts, view.checks(request.checks()));
        slices = new SliceMetrics(view.rowTask(), featureColumns, view.sliceColumns(request.sliceColumns()),
                probabilityLabels, request.errors());
        sample = PredictionSample.of(task);
        labelErrors = task == Task.MULTILABEL ? new LabelErrors(featureColumns, request.errors()) : null;
        diagnostics = RowDiagnostics.of(task, featureColumns, allProbabilityLabels,
                request.metricOptions().maxClasses(),
                diagnosticsOptions.withImportance(diagnosticsOptions.importance() && view.diagnosed()), file);
    }

    private RowConsumers(RowConsumers parent) {
        metrics = parent.metrics.fork();
        errors = parent.errors.fork();
        checks = parent.checks.fork();
        slices = parent.slices.fork();
        sample = parent.sample.fork();
        view = parent.view;
        labelErrors = parent.labelErrors == null ? null : parent.labelErrors.fork();
        diagnostics = parent.diagnostics.fork();
    }

    /**
     * True once every decision taken from the first rows is taken (slice bins), so that forks count exactly as this
     * instance would.
     */
    @Override
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
    @Override
    public RowConsumers fork() {
        return new RowConsumers(this);
    }

    @Override
    public void add(ScoredBatch batch) {
        metrics.add(batch);
        errors.add(view.forErrors(batch));
        checks.add(batch);
        slices.add(batch);
        sample.add(batch);
        if (labelErrors != null) {
            labelErrors.add(batch);
        }
        diagnostics.add(batch);
    }

    /** Adds a fork's rows as if they came after this instance's rows. */
    @Override
    public void merge(RowConsumers later) {
        metrics.merge(later.metrics);
        errors.merge(later.errors);
        checks.merge(later.checks);
        slices.merge(later.slices);
        sample.merge(later.sample);
        if (labelErrors != null) {
            labelErrors.merge(later.labelErrors);
        }
        diagnostics.merge(later.diagnostics);
    }

    /**
     * Every part, in the order of the fields above: what a partial state writes, one codec per part's class. A new
     * part goes here too (a test of the partial states fails until it has a codec). The multi-label label errors and
     * the diagnostics' rows are not among them: partial states hold classification and regression rows, without an
     * importance sample or folds.
     */
    public List<Object> parts() {
        return List.of(metrics, errors, checks, slices, sample);
    }
}

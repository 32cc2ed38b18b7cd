package org.mlgate.analysis;

import java.util.List;
import org.mlgate.analysis.checks.DataChecks;
import org.mlgate.analysis.checks.TrainingFacts;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRowSource;
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
 */
final class RowConsumers implements PassConsumer<RowConsumers> {
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
        metrics = TaskMetrics.of(source.task(), source.probabilityLabels(), request.metricOptions().maxClasses());
        view = TaskAnalyses.of(source.task());
        List<String> probabilityLabels = view.analysisProbabilityLabels(source.probabilityLabels());
        errors = new ErrorAnalyzer(view.rowTask(), source.featureColumns(), probabilityLabels, request.errors());
        TrainingFacts facts = source.tribuoModel()
                .<TrainingFacts>map(model -> TrainingFacts.fromModel(model, source.model()))
                .orElseGet(TrainingFacts::none);
        checks = new DataChecks(view.rowTask(), source.featureColumns(), facts, view.checks(request.checks()));
        slices = new SliceMetrics(view.rowTask(), source.featureColumns(), view.sliceColumns(request.sliceColumns()),
                probabilityLabels, request.errors());
        sample = PredictionSample.of(source.task());
        labelErrors = source.task() == Task.MULTILABEL ? new LabelErrors(source.featureColumns(), request.errors())
                : null;
        diagnostics = RowDiagnostics.of(source.task(), source.featureColumns(), source.probabilityLabels(),
                request.metricOptions().maxClasses(),
                request.diagnostics().withImportance(request.diagnostics().importance() && view.diagnosed()),
                source.dataInfo().path());
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
}

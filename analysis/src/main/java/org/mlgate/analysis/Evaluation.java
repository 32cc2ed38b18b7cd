package org.mlgate.analysis;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.gate.Gate;
import org.mlgate.analysis.metrics.ClassificationAccumulator;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.RegressionAccumulator;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * The pipeline: rows -> predictions -> accumulators -> Report -> verdict, in one pass over the validation rows.
 * Writes nothing: the caller hands the report to the writers, so a failure here leaves earlier reports alone.
 */
public final class Evaluation {
    /** Rows predicted per call: large enough that a model predicts in bulk, small enough to stay in cache. */
    static final int BATCH_SIZE = 1024;

    private Evaluation() {
    }

    public static Report run(EvaluationRequest request) {
        Gate gate = new Gate(request.rules());
        try (ScoredRowSource source = ScoredRowSources.open(request.source())) {
            MetricResult metrics = computeMetrics(source, request);
            List<String> notes = new ArrayList<>(source.notes());
            notes.addAll(metrics.notes());
            Report unjudged = new Report(Report.SCHEMA_VERSION, source.task().jsonName(), source.model(),
                    source.dataInfo(), metrics.positiveLabel(), metrics.metrics(), metrics.classes(),
                    metrics.confusionMatrix(), metrics.intervals(), metrics.curves(), java.util.Map.of(), List.of(),
                    List.of(), List.copyOf(notes), null);
            List<RuleResult> rules = gate.evaluate(unjudged);
            boolean failed = rules.stream().anyMatch(RuleResult::failed);
            return new Report(unjudged.schemaVersion(), unjudged.task(), unjudged.model(), unjudged.data(),
                    unjudged.positiveLabel(), unjudged.metrics(), unjudged.classes(), unjudged.confusionMatrix(),
                    unjudged.intervals(), unjudged.curves(), unjudged.errors(), unjudged.checks(), rules,
                    unjudged.notes(), failed ? "fail" : "pass");
        }
    }

    private static MetricResult computeMetrics(ScoredRowSource source, EvaluationRequest request) {
        if (source.task() == Task.CLASSIFICATION) {
            ClassificationAccumulator accumulator = new ClassificationAccumulator(source.probabilityLabels());
            for (List<ScoredRow> batch = source.nextBatch(BATCH_SIZE); !batch.isEmpty();
                 batch = source.nextBatch(BATCH_SIZE)) {
                for (ScoredRow row : batch) {
                    accumulator.add(row.index(), row.actualLabel(), row.predictedLabel(), row.probabilities());
                }
            }
            return accumulator.result(request.metricOptions());
        }
        RegressionAccumulator accumulator = new RegressionAccumulator();
        for (List<ScoredRow> batch = source.nextBatch(BATCH_SIZE); !batch.isEmpty();
             batch = source.nextBatch(BATCH_SIZE)) {
            for (ScoredRow row : batch) {
                accumulator.add(row.index(), row.actualValue(), row.predictedValue());
            }
        }
        return accumulator.result(request.metricOptions());
    }
}

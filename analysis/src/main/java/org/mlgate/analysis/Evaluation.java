package org.mlgate.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlgate.analysis.baseline.BaselineRun;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.checks.CsvTrainingRows;
import org.mlgate.analysis.checks.DataChecks;
import org.mlgate.analysis.checks.TrainingFacts;
import org.mlgate.analysis.checks.TrainingRows;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.errors.ErrorAnalysis;
import org.mlgate.analysis.errors.ErrorAnalyzer;
import org.mlgate.analysis.errors.SliceMetrics;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.gate.Gate;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * The pipeline: rows -> predictions -> accumulators and analyses -> Report -> verdict, in one pass over the
 * validation rows. Writes nothing: the caller hands the report to the writers, so a failure here leaves earlier
 * reports alone.
 */
public final class Evaluation {
    /** Rows predicted per call: large enough that a model predicts in bulk, small enough to stay in cache. */
    static final int BATCH_SIZE = 1024;

    /** Turns the typed error analysis into report.json's {@code errors} object, keeping its key order. */
    private static final ObjectMapper TO_MAP = new ObjectMapper();

    private Evaluation() {
    }

    public static Report run(EvaluationRequest request) {
        Gate gate = new Gate(request.rules());
        try (ScoredRowSource source = ScoredRowSources.open(request.source());
             BaselineRun baseline = BaselineRun.start(request.baseline(), request.source(), source)) {
            Optional<TrainingRows> training = Optional.ofNullable(request.trainingData())
                    .map(path -> CsvTrainingRows.open(path, request.source().labelColumnOrDefault()));
            Consumers consumers = new Consumers(source, request);
            for (List<ScoredRow> batch = source.nextBatch(BATCH_SIZE); !batch.isEmpty();
                 batch = source.nextBatch(BATCH_SIZE)) {
                batch.forEach(consumers::add);
                baseline.add(batch);
            }
            MetricResult metrics = consumers.metrics(request);
            List<String> sliceNotes = new ArrayList<>();
            ErrorAnalysis errorAnalysis = consumers.errors.result();
            List<SliceResult> slices = new ArrayList<>(consumers.slices.result(
                    request.metricOptions().withPositiveLabel(metrics.positiveLabel()), sliceNotes));
            errorAnalysis.weakSlices().forEach(weak -> slices.add(SliceResult.of(weak)));
            Double accuracy = metrics.metrics().get("accuracy");
            List<CheckResult> checks = consumers.checks.result(training, accuracy == null ? Double.NaN : accuracy,
                    source.dataInfo().sha256());
            List<String> notes = new ArrayList<>(source.notes());
            notes.addAll(metrics.notes());
            notes.addAll(sliceNotes);
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = TO_MAP.convertValue(errorAnalysis, Map.class);
            BaselineSection against = baseline.finish(source.task(), metrics, request.metricOptions());
            Report unjudged = new Report(Report.SCHEMA_VERSION, source.task().jsonName(), source.model(),
                    baseline.dataInfo(source.dataInfo()), metrics.positiveLabel(), metrics.metrics(),
                    metrics.classes(), metrics.confusionMatrix(), metrics.intervals(), metrics.curves(), errors,
                    checks, List.of(), List.copyOf(notes), null, List.copyOf(slices), against,
                    baseline.storedRows());
            List<RuleResult> rules = gate.evaluate(unjudged);
            boolean failed = rules.stream().anyMatch(RuleResult::failed)
                    || checks.stream().anyMatch(check -> "fail".equals(check.status()));
            return unjudged.judged(rules, failed ? "fail" : "pass");
        }
    }

    /** Everything that sees each scored row once: metrics, error analysis, data checks, slice metrics. */
    private static final class Consumers {
        private final TaskMetrics metrics;
        private final ErrorAnalyzer errors;
        private final DataChecks checks;
        private final SliceMetrics slices;

        Consumers(ScoredRowSource source, EvaluationRequest request) {
            metrics = TaskMetrics.of(source.task(), source.probabilityLabels());
            errors = new ErrorAnalyzer(source.task(), source.featureColumns(), source.probabilityLabels(),
                    request.errors());
            TrainingFacts facts = source.tribuoModel()
                    .<TrainingFacts>map(model -> TrainingFacts.fromModel(model, source.model()))
                    .orElseGet(TrainingFacts::none);
            checks = new DataChecks(source.task(), source.featureColumns(), facts, request.checks());
            slices = new SliceMetrics(source.task(), source.featureColumns(), request.sliceColumns(),
                    source.probabilityLabels(), request.errors());
        }

        void add(ScoredRow row) {
            metrics.add(row);
            errors.add(row);
            checks.add(row);
            slices.add(row);
        }

        MetricResult metrics(EvaluationRequest request) {
            return metrics.result(request.metricOptions());
        }
    }
}

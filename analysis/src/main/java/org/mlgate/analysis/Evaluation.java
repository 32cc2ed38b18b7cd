package org.mlgate.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.mlgate.analysis.baseline.BaselineRun;
import org.mlgate.analysis.baseline.BaselineSection;
import org.mlgate.analysis.checks.FileTrainingRows;
import org.mlgate.analysis.checks.TrainingRows;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.errors.ErrorAnalysis;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.gate.Gate;
import org.mlgate.analysis.gate.WhyGateFailed;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.report.CheckResult;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/**
 * The pipeline: rows -> predictions -> accumulators and analyses -> Report -> verdict, in one pass over the
 * validation rows on every core ({@link RowPass}). Writes nothing: the caller hands the report to the writers, so a failure here leaves earlier
 * reports alone.
 */
public final class Evaluation {
    /**
     * Turns the typed error analysis into report.json's {@code errors} object, keeping its key order. Made on first
     * use, at the end of the evaluation, so that Jackson loads while the rows are read (see ReportWriters.prepare).
     */
    private static final class ToMap {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private Evaluation() {
    }

    public static Report run(EvaluationRequest request) {
        return run(request, RowPass.CHUNK_BYTES);
    }

    /** With another chunk size: tests cut small files into many chunks. */
    static Report run(EvaluationRequest request, int chunkBytes) {
        MemoryAdvice advice = new MemoryAdvice(request);
        try {
            return evaluate(request, chunkBytes, advice);
        } catch (OutOfMemoryError e) {
            // Thrown out of the frames that held the rows' state, so there is room again to say what filled it.
            throw new InputException(advice.sentence(), e);
        }
    }

    private static Report evaluate(EvaluationRequest request, int chunkBytes, MemoryAdvice advice) {
        Gate gate = gate(request);
        try (ScoredRowSource source = ScoredRowSources.open(request.source());
             BaselineRun baseline = BaselineRun.start(request.baseline(), request.source(), source)) {
            gate.requireMetricsOf(source.task()); // a metric of the other task fails before any row is read
            TaskAnalyses.of(source.task()).requireSupported(request);
            Optional<TrainingRows> training = trainingRows(request);
            advice.source(source);
            RowConsumers consumers = new RowConsumers(source, request);
            new RowPass<>(source, baseline, consumers, request.threadCount(), chunkBytes).run();
            return report(request, gate, source, baseline, consumers, training, chunkBytes, List.of());
        }
    }

    /**
     * The report of rows that were counted elsewhere, such as partial states merged from a cluster: {@code facts}
     * says what the rows were (task, columns, data, notes) and reads none of them; {@code consumers} hold every row;
     * {@code rows} gives the baseline run what it keeps of the rows (their digest). Then as {@link #run}: the
     * baseline, the training rows, the diagnostics that need no validation rows (the fit), the gate.
     */
    public static Report ofCounted(EvaluationRequest request, ScoredRowSource facts, RowConsumers consumers,
                                   Consumer<BaselineRun> rows) {
        if (request.diagnostics().foldColumn() != null) {
            throw new InputException("foldColumn is not carried by partial states: the per-fold metrics need the"
                    + " rows' folds, so remove foldColumn, or evaluate a predictions file with the fold column.");
        }
        MemoryAdvice advice = new MemoryAdvice(request);
        advice.source(facts);
        try {
            Gate gate = gate(request);
            gate.requireMetricsOf(facts.task());
            TaskAnalyses.of(facts.task()).requireSupported(request);
            List<String> notes = request.diagnostics().importance() ? List.of("Importance (the columns' association"
                    + " with errors) needs a sample of the rows, which partial states do not carry; it is not computed.")
                    : List.of();
            try (BaselineRun baseline = BaselineRun.start(request.baseline(), request.source(), facts)) {
                rows.accept(baseline);
                return report(request, gate, facts, baseline, consumers, trainingRows(request), RowPass.CHUNK_BYTES,
                        notes);
            }
        } catch (OutOfMemoryError e) {
            throw new InputException(advice.sentence(), e);
        }
    }

    private static Gate gate(EvaluationRequest request) {
        return new Gate(request.rules(), request.source().task(), request.diagnostics().onInconclusive(),
                request.metricOptions().confidenceLevel());
    }

    private static Optional<TrainingRows> trainingRows(EvaluationRequest request) {
        return Optional.ofNullable(request.trainingData())
                .map(path -> FileTrainingRows.open(path, request.source().labelColumnOrDefault(),
                        request.source().formatOrDefault()));
    }

    private static Report report(EvaluationRequest request, Gate gate, ScoredRowSource source, BaselineRun baseline,
                                 RowConsumers consumers, Optional<TrainingRows> training, int chunkBytes,
                                 List<String> moreNotes) {
        MetricResult metrics = consumers.metrics.result(request.metricOptions());
        List<String> sliceNotes = new ArrayList<>();
        ErrorAnalysis errorAnalysis = consumers.errors.result();
        List<SliceResult> slices = new ArrayList<>(consumers.slices.result(
                request.metricOptions().withPositiveLabel(metrics.positiveLabel()), sliceNotes, consumers.metrics));
        errorAnalysis.weakSlices().forEach(weak -> slices.add(SliceResult.of(weak)));
        Double accuracy = metrics.metrics().get("accuracy");
        List<CheckResult> checks = new ArrayList<>(consumers.checks.result(training,
                accuracy == null ? Double.NaN : accuracy, source.dataInfo().sha256()));
        DiagnosticSteps diagnostics = DiagnosticSteps.run(request, source, consumers.diagnostics, metrics,
                baseline.reportedImportance(), chunkBytes);
        if (diagnostics.check() != null) {
            checks.add(diagnostics.check());
        }
        List<String> notes = new ArrayList<>(source.notes());
        notes.addAll(metrics.notes());
        notes.addAll(sliceNotes);
        notes.addAll(consumers.view.notes(request));
        notes.addAll(diagnosticNotes(diagnostics, request));
        notes.addAll(moreNotes);
        @SuppressWarnings("unchecked")
        Map<String, Object> errors = consumers.view.errors(ToMap.MAPPER.convertValue(errorAnalysis, Map.class),
                consumers.labelErrors == null ? List.of()
                        : ToMap.MAPPER.convertValue(consumers.labelErrors.result(), List.class));
        BaselineSection against = baseline.finish(source.task(), metrics, request.metricOptions());
        Report unjudged = new Report(Report.SCHEMA_VERSION, source.task().jsonName(), source.model(),
                baseline.dataInfo(source.dataInfo()), metrics.positiveLabel(), diagnostics.metrics(),
                metrics.classes(), metrics.confusionMatrix(), diagnostics.intervals(),
                metrics.curves().withRegressionSample(consumers.sample.result()), errors,
                List.copyOf(checks), List.of(), List.copyOf(notes), null, List.copyOf(slices), against,
                baseline.storedRows()).withTaskDetails(metrics.details())
                .withDiagnostics(diagnostics.importance(), diagnostics.fit(), diagnostics.folds());
        List<RuleResult> rules = gate.evaluate(unjudged);
        boolean failed = rules.stream().anyMatch(RuleResult::failed)
                || checks.stream().anyMatch(check -> "fail".equals(check.status()));
        Report judged = unjudged.judged(rules, failed ? "fail" : "pass");
        return judged.withWhyFailed(WhyGateFailed.explain(judged));
    }

    /** Notes of the diagnostics, and why {@code generalizationGap} is undefined when a rule asks for it. */
    private static List<String> diagnosticNotes(DiagnosticSteps diagnostics, EvaluationRequest request) {
        List<String> notes = new ArrayList<>();
        if (diagnostics.fit() != null) {
            notes.addAll(diagnostics.fit().notes());
            if (diagnostics.fit().gap() == null) {
                notes.add("generalizationGap is undefined: " + diagnostics.fit().metric()
                        + " is undefined on the training or the validation rows.");
            }
        } else if (request.rules().stream().flatMap(rule -> rule.getLimits().stream())
                .anyMatch(limit -> "generalizationGap".equals(limit.getMetric()))) {
            notes.add("generalizationGap needs the model's predictions on its training rows: set trainingData (model"
                    + " mode) or trainingPredictions (predictions mode).");
        }
        if (diagnostics.folds() != null) {
            notes.addAll(diagnostics.folds().notes());
        }
        if (diagnostics.importance() != null) {
            notes.addAll(diagnostics.importance().notes());
        }
        return notes;
    }
}

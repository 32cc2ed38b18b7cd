package org.mlgate.analysis;

import java.nio.file.Path;
import java.util.List;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Everything one evaluation needs: where the predictions come from, how to compute metrics, analyse errors and
 * check the data, and which rules to apply. Built by the Maven plugin from the POM, or by any other caller.
 *
 * @param checks       column roles, thresholds and severities of the data checks; its validation digest is filled
 *                     in by the evaluation once the data has been read
 * @param trainingData the training file, for the checks that compare rows; null when not given
 * @param sliceColumns columns whose values (or quantile bins) each get the full metric set, gateable by SLICE rules
 * @param baseline     the baseline (champion) to compare with; {@link BaselineOptions#none()} for none
 * @param threads      threads that score and analyse rows; 0 for one per available processor. The result does not
 *                     depend on it.
 * @param diagnostics  importance, training predictions, target error, fold column, inconclusive limits (issue 12)
 */
public record EvaluationRequest(SourceRequest source, MetricOptions metricOptions, ErrorAnalysisOptions errors,
                                ChecksOptions checks, Path trainingData, List<Rule> rules,
                                List<String> sliceColumns, BaselineOptions baseline, int threads,
                                DiagnosticsOptions diagnostics) {
    /** The most threads a request may ask for. */
    public static final int MAX_THREADS = 256;

    public EvaluationRequest {
        rules = List.copyOf(rules);
        sliceColumns = sliceColumns == null ? List.of() : List.copyOf(sliceColumns);
        baseline = baseline == null ? BaselineOptions.none() : baseline;
        diagnostics = diagnostics == null ? DiagnosticsOptions.defaults() : diagnostics;
        if (threads < 0 || threads > MAX_THREADS) {
            throw new InputException("threads (ml.threads) is " + threads + "; set it between 1 and " + MAX_THREADS
                    + ", or 0 for one thread per processor.");
        }
    }

    public EvaluationRequest(SourceRequest source, MetricOptions metricOptions, ErrorAnalysisOptions errors,
                             ChecksOptions checks, Path trainingData, List<Rule> rules, List<String> sliceColumns,
                             BaselineOptions baseline, int threads) {
        this(source, metricOptions, errors, checks, trainingData, rules, sliceColumns, baseline, threads, null);
    }

    public EvaluationRequest(SourceRequest source, MetricOptions metricOptions, ErrorAnalysisOptions errors,
                             ChecksOptions checks, Path trainingData, List<Rule> rules, List<String> sliceColumns,
                             BaselineOptions baseline) {
        this(source, metricOptions, errors, checks, trainingData, rules, sliceColumns, baseline, 0, null);
    }

    /** The threads to use: as requested, or one per available processor. */
    public int threadCount() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public EvaluationRequest withThreads(int count) {
        return new EvaluationRequest(source, metricOptions, errors, checks, trainingData, rules, sliceColumns,
                baseline, count, diagnostics);
    }

    public EvaluationRequest withDiagnostics(DiagnosticsOptions options) {
        return new EvaluationRequest(source, metricOptions, errors, checks, trainingData, rules, sliceColumns,
                baseline, threads, options);
    }

    public EvaluationRequest withTrainingData(Path file) {
        return new EvaluationRequest(source, metricOptions, errors, checks, file, rules, sliceColumns, baseline,
                threads, diagnostics);
    }

    /** A request without slice columns and without a baseline. */
    public EvaluationRequest(SourceRequest source, MetricOptions metricOptions, ErrorAnalysisOptions errors,
                             ChecksOptions checks, Path trainingData, List<Rule> rules) {
        this(source, metricOptions, errors, checks, trainingData, rules, List.of(), BaselineOptions.none());
    }

    public EvaluationRequest withBaseline(BaselineOptions newBaseline) {
        return new EvaluationRequest(source, metricOptions, errors, checks, trainingData, rules, sliceColumns,
                newBaseline, threads, diagnostics);
    }

    public EvaluationRequest withSliceColumns(List<String> columns) {
        return new EvaluationRequest(source, metricOptions, errors, checks, trainingData, rules, columns, baseline,
                threads, diagnostics);
    }

    /** Defaults for everything but the source and the rules. */
    public static EvaluationRequest of(SourceRequest source, List<Rule> rules) {
        return new EvaluationRequest(source, MetricOptions.defaults(), ErrorAnalysisOptions.defaults(),
                ChecksOptions.defaults(null, null), null, rules);
    }
}

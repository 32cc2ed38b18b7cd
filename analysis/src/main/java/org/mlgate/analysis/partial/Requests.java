package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.PredictionColumns;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Between a state's header and an {@link EvaluationRequest}: the request a partition counts with (the header's
 * counting options), and the request a merge reports with (the build's, checked against the header: an option that
 * changes what is counted must be the states' own, because the rows cannot be counted again).
 */
final class Requests {

    private Requests() {
    }

    /** The roles of the columns, as a predictions file's source request. */
    static SourceRequest roles(StateHeader.Shared s) {
        return new SourceRequest(null, null, null, s.actualColumn(), s.predictedColumn(), s.probabilityPrefix(),
                s.task(), s.onBadRow());
    }

    /** The header's counting options, every other option at its default: what a partition counts with. */
    static EvaluationRequest fromHeader(StateHeader.Shared s) {
        ErrorAnalysisOptions d = ErrorAnalysisOptions.defaults();
        ErrorAnalysisOptions errors = new ErrorAnalysisOptions(s.confidentMistakes(), s.largestResiduals(),
                s.examplesPerPair(), s.idColumn(), s.numericBins(), d.minSliceSize(), d.maxQValue(), s.maxDepth(),
                d.maxSlicesReported(), s.maxDistinctValues(), s.sliceError());
        MetricOptions metrics = new MetricOptions(s.positiveLabel(), MetricOptions.DEFAULT_REPLICATES,
                MetricOptions.DEFAULT_LEVEL, MetricOptions.DEFAULT_SEED, s.maxClasses());
        ChecksOptions checks = new ChecksOptions(s.dataSha256(), s.actualColumn(), s.idColumn(), s.groupColumn(),
                s.timeColumn(), ChecksOptions.DEFAULT_MINORITY_RATIO, null);
        return new EvaluationRequest(roles(s), metrics, errors, checks, null, List.of(), s.sliceColumns(),
                BaselineOptions.none());
    }

    /** The columns of the header's table, read with its roles; they must give the header's columns and labels. */
    static PredictionColumns columns(StateHeader.Shared s) {
        PredictionColumns columns = PredictionColumns.open(s.columns(), roles(s), "The data " + s.dataName(),
                "", () -> {
                    throw new IllegalStateException("the header names the task");
                }, line -> s.positionWord() + " " + line + " of " + s.dataName());
        if (!columns.featureColumns().equals(s.featureColumns())
                || !columns.probabilityLabels().equals(s.probabilityLabels())) {
            throw StateRejection.damaged("its header's feature columns or probability labels are not those of its"
                    + " columns");
        }
        return columns;
    }

    /**
     * The build's request for a merge of states with this header: refused, with one sentence naming each difference,
     * when it sets a counting option other than the states'; otherwise the build's result options (rules, intervals,
     * severities, slice tests) with the states' roles and counting options.
     *
     * @param states the states as a sentence's subject: "The partial states in target/partials"
     */
    static EvaluationRequest forMerge(StateHeader.Shared s, EvaluationRequest build, String states) {
        List<String> differences = new ArrayList<>();
        SourceRequest source = build.source();
        ErrorAnalysisOptions e = build.errors();
        ChecksOptions c = build.checks();
        MetricOptions m = build.metricOptions();
        ifSet(differences, "task", source.task(), s.task());
        ifSet(differences, "labelColumn", blankToNull(source.labelColumn()), s.actualColumn());
        ifSet(differences, "predictionColumn", blankToNull(source.predictionColumn()), s.predictedColumn());
        ifSet(differences, "probabilityPrefix", blankToNull(source.probabilityPrefix()), s.probabilityPrefix());
        same(differences, "onBadRow", source.onBadRow() == null ? BadRowPolicy.FAIL : source.onBadRow(),
                s.onBadRow());
        ifSet(differences, "idColumn", e.idColumn(), s.idColumn());
        ifSet(differences, "idColumn", c.idColumn(), s.idColumn());
        ifSet(differences, "groupColumn", c.groupColumn(), s.groupColumn());
        ifSet(differences, "timeColumn", c.timeColumn(), s.timeColumn());
        same(differences, "sliceColumns", build.sliceColumns(), s.sliceColumns());
        same(differences, "confidentMistakes", e.confidentMistakes(), s.confidentMistakes());
        same(differences, "largestResiduals", e.largestResiduals(), s.largestResiduals());
        same(differences, "examplesPerPair", e.examplesPerPair(), s.examplesPerPair());
        same(differences, "numericBins", e.numericBins(), s.numericBins());
        same(differences, "maxDepth", e.maxDepth(), s.maxDepth());
        same(differences, "maxDistinctValues", e.maxDistinctValues(), s.maxDistinctValues());
        same(differences, "sliceError", e.sliceError(), s.sliceError());
        same(differences, "maxClasses", m.maxClasses(), s.maxClasses());
        if (s.positiveLabel() != null) {
            ifSet(differences, "positiveLabel", m.positiveLabel(), s.positiveLabel());
        }
        List<String> unique = differences.stream().distinct().toList();
        if (!unique.isEmpty()) {
            throw new InputException(states + " were counted with other settings than this build's: "
                    + String.join("; ", unique) + ". Set the same in the POM, or write the states again with this"
                    + " build's settings: what is counted cannot change after the rows were read.");
        }
        ErrorAnalysisOptions errors = new ErrorAnalysisOptions(s.confidentMistakes(), s.largestResiduals(),
                s.examplesPerPair(), s.idColumn(), s.numericBins(), e.minSliceSize(), e.maxQValue(), s.maxDepth(),
                e.maxSlicesReported(), s.maxDistinctValues(), s.sliceError());
        ChecksOptions checks = new ChecksOptions(s.dataSha256(), s.actualColumn(), s.idColumn(), s.groupColumn(),
                s.timeColumn(), c.minorityRatio(), c.severities());
        MetricOptions metrics = m.positiveLabel() == null ? m.withPositiveLabel(s.positiveLabel()) : m;
        return new EvaluationRequest(roles(s), metrics, errors, checks, build.trainingData(), build.rules(),
                s.sliceColumns(), build.baseline(), build.threads(), build.diagnostics());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void ifSet(List<String> out, String parameter, Object build, Object states) {
        if (build != null) {
            same(out, parameter, build, states);
        }
    }

    private static void same(List<String> out, String parameter, Object build, Object states) {
        if (!Objects.equals(build, states)) {
            out.add(parameter + " is " + text(states) + " in the states but " + text(build) + " here");
        }
    }

    private static String text(Object value) {
        return value == null ? "unset" : value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT)
                : value.toString();
    }
}

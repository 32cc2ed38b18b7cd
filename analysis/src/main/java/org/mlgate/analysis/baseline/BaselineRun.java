package org.mlgate.analysis.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.ClassificationAccumulator;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.RegressionAccumulator;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.ReportReader;

/**
 * The baseline's part of one evaluation, fed the same batches as the challenger's accumulators. Always computes
 * the rows digest (so every report can be a baseline later); with a baseline report, reads it up front so that a
 * wrong file fails before any row is scored; with a baseline model, scores the same rows in lockstep.
 */
public final class BaselineRun implements AutoCloseable {
    private static final List<String> CLASS_METRICS = List.of("precision", "recall", "f1", "aucRoc",
            "averagePrecision");

    private final BaselineOptions options;
    private final RowsDigest digest;
    private final BaselineFacts reported;
    private final ScoredRowSource baselineSource;
    private final PairedRows pairs;
    private final ClassificationAccumulator baselineClassification;
    private final RegressionAccumulator baselineRegression;

    private BaselineRun(BaselineOptions options, ScoredRowSource challenger, BaselineFacts reported,
                        ScoredRowSource baselineSource) {
        this.options = options;
        this.digest = new RowsDigest(challenger.featureColumns());
        this.reported = reported;
        this.baselineSource = baselineSource;
        this.pairs = baselineSource == null ? null : new PairedRows();
        boolean classifying = challenger.task() == Task.CLASSIFICATION;
        this.baselineClassification = baselineSource != null && classifying
                ? new ClassificationAccumulator(baselineSource.probabilityLabels()) : null;
        this.baselineRegression = baselineSource != null && !classifying ? new RegressionAccumulator() : null;
    }

    /**
     * @param options    null = no baseline (the digest is still computed)
     * @param request    the challenger's source request; the baseline model is scored on its validation data
     * @param challenger the challenger's open source
     */
    public static BaselineRun start(BaselineOptions options, SourceRequest request, ScoredRowSource challenger) {
        BaselineOptions given = options == null ? BaselineOptions.none() : options;
        BaselineFacts reported = given.report() == null ? null
                : BaselineFacts.of(new ReportReader().read(given.report()));
        ScoredRowSource baselineSource = null;
        if (given.model() != null) {
            if (request.validationData() == null) {
                throw new InputException("baselineModel " + given.model() + " needs validation rows to score, but"
                        + " this evaluation reads a predictions file; set model and validationData, or compare with"
                        + " a baseline report instead.");
            }
            baselineSource = ScoredRowSources.open(new SourceRequest(given.model(), request.validationData(), null,
                    request.labelColumn(), null, null, challenger.task(), request.onBadRow()));
            if (baselineSource.task() != challenger.task()) {
                baselineSource.close();
                throw new InputException("baselineModel " + given.model() + " is a " + baselineSource.task().jsonName()
                        + " model but the model is " + challenger.task().jsonName()
                        + "; set baselineModel to a model of the same task.");
            }
        }
        return new BaselineRun(given, challenger, reported, baselineSource);
    }

    /** Feeds one batch of the challenger's rows; with a baseline model, scores the same rows with it. */
    public void add(List<ScoredRow> batch) {
        batch.forEach(digest::add);
        if (baselineSource == null) {
            return;
        }
        List<ScoredRow> baselineBatch = baselineSource.nextBatch(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ScoredRow row = batch.get(i);
            if (i >= baselineBatch.size() || baselineBatch.get(i).line() != row.line()) {
                throw new InputException("baselineModel " + options.model() + " scored other rows of the"
                        + " validation data than the model (at line " + row.line() + "); use onBadRow=fail to see"
                        + " which row one of them cannot score.");
            }
            ScoredRow base = baselineBatch.get(i);
            pairs.add(row, base);
            if (baselineClassification != null) {
                baselineClassification.add(row.index(), row.actualLabel(), base.predictedLabel(),
                        base.probabilities());
            } else {
                baselineRegression.add(row.index(), row.actualValue(), base.predictedValue());
            }
        }
    }

    /** The challenger's data information with the digest of the rows seen. */
    public DataInfo dataInfo(DataInfo info) {
        return info.withRowsDigest(digest.value());
    }

    /**
     * Compares the challenger's metrics with the baseline's; null when no baseline was given.
     *
     * @throws InputException when the baseline is not comparable (see {@link Compatibility})
     */
    public BaselineSection finish(Task task, MetricResult metrics, MetricOptions metricOptions) {
        if (options.isEmpty()) {
            return null;
        }
        if (baselineSource != null && !baselineSource.nextBatch(1).isEmpty()) {
            throw new InputException("baselineModel " + options.model() + " scored more rows of the validation"
                    + " data than the model; use onBadRow=fail to see which row the model cannot score.");
        }
        BaselineFacts challenger = BaselineFacts.of(task.jsonName(), metrics, digest.value());
        List<String> notes = new ArrayList<>();
        BaselineFacts facts = reported;
        if (facts != null) {
            notes.addAll(Compatibility.check("The baseline report " + options.report(), facts, challenger,
                    options.allowDifferentData()));
        }
        if (baselineSource != null) {
            MetricOptions once = metricOptions.withBootstrapReplicates(0)
                    .withPositiveLabel(metrics.positiveLabel());
            MetricResult modelResult = baselineClassification != null ? baselineClassification.result(once)
                    : baselineRegression.result(once);
            BaselineFacts fromModel = BaselineFacts.of(task.jsonName(), modelResult, digest.value());
            if (facts == null) {
                facts = fromModel;
                notes.addAll(Compatibility.check("baselineModel " + options.model(), fromModel, challenger,
                        options.allowDifferentData()));
            }
        }
        BaselineFacts baseline = facts;
        boolean sameRows = baselineSource != null || digest.value().equals(baseline.rowsDigest());
        PairedBootstrap bootstrap = new PairedBootstrap(metricOptions.bootstrapReplicates(), metricOptions.seed());
        List<BaselineComparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, Double> metric : metrics.metrics().entrySet()) {
            if (baseline.metrics().containsKey(metric.getKey())) {
                PairedTest paired = pairs == null ? null
                        : pairs.test(metric.getKey(), metrics.positiveLabel(), bootstrap);
                comparisons.add(BaselineComparison.of(metric.getKey(), null, metric.getValue(),
                        baseline.metrics().get(metric.getKey()), paired));
            }
        }
        List<BaselineComparison> classComparisons = new ArrayList<>();
        Map<String, ClassMetrics> classes = metrics.classes() == null ? Map.of() : metrics.classes();
        classes.forEach((label, mine) -> {
            ClassMetrics theirs = baseline.classes().get(label);
            if (theirs != null) {
                for (String metric : CLASS_METRICS) {
                    classComparisons.add(BaselineComparison.of(metric, label, classValue(mine, metric),
                            classValue(theirs, metric), null));
                }
            }
        });
        if (pairs == null) {
            notes.add("No per-row predictions of the baseline are available, so no paired significance test was"
                    + " made; set baselineModel to score the baseline on the same rows.");
        }
        return new BaselineSection(options.report() == null ? null : options.report().toString(),
                options.model() == null ? null : options.model().toString(), baseline.rowsDigest(), sameRows,
                comparisons, classComparisons,
                pairs == null || pairs.regression() ? null : pairs.newlyBrokenGroups(),
                pairs == null || pairs.regression() ? null : pairs.newlyBroken(),
                pairs == null || pairs.regression() ? null : pairs.newlyFixed(), notes);
    }

    private static Double classValue(ClassMetrics metrics, String metric) {
        return switch (metric) {
            case "precision" -> metrics.precision();
            case "recall" -> metrics.recall();
            case "f1" -> metrics.f1();
            case "aucRoc" -> metrics.aucRoc();
            default -> metrics.averagePrecision();
        };
    }

    @Override
    public void close() {
        if (baselineSource != null) {
            baselineSource.close();
        }
    }
}

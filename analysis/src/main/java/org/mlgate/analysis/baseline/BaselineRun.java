package org.mlgate.analysis.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.DataInfo;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.diagnostics.Importance;
import org.mlgate.analysis.metrics.ClassMetrics;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;
import org.mlgate.analysis.metrics.TaskMetrics;
import org.mlgate.analysis.model.ModelFormat;
import org.mlgate.analysis.model.ModelOptions;
import org.mlgate.analysis.model.ScoredRowSources;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;

/**
 * The baseline's part of one evaluation, fed the same batches as the challenger's accumulators. Always computes
 * the rows digest (so every report can be a baseline later); with a baseline report, reads it up front so that a
 * wrong file fails before any row is scored; with a baseline model, scores the same rows in lockstep; with a
 * baseline report that stored its rows ({@link StoredRows}) and no model, pairs this run's rows with them by row key.
 * Keeps this run's per-row outcomes ({@link RowOutcomes}) only when such a report is given or storeRows is on.
 */
public final class BaselineRun implements AutoCloseable {
    private static final List<String> CLASS_METRICS = List.of("precision", "recall", "f1", "aucRoc",
            "averagePrecision");

    private final BaselineOptions options;
    private final RowsDigest digest;
    private final BaselineFacts reported;
    private final ScoredRowSource baselineSource;
    private final PairedRows pairs;
    private final TaskMetrics baselineMetrics;
    private final StoredRows.Decoded storedBaseline;
    private final RowOutcomes outcomes;
    private final Importance reportedImportance;

    private BaselineRun(BaselineOptions options, ScoredRowSource challenger, BaselineFacts reported,
                        ScoredRowSource baselineSource, StoredRows.Decoded storedBaseline,
                        Importance reportedImportance) {
        this.options = options;
        this.reportedImportance = reportedImportance;
        this.digest = new RowsDigest(challenger.featureColumns());
        this.reported = reported;
        this.baselineSource = baselineSource;
        this.storedBaseline = storedBaseline;
        String data = challenger.dataInfo().path();
        this.outcomes = options.storeRows() || storedBaseline != null
                ? new RowOutcomes(challenger.task() == Task.REGRESSION, options.storeRows()
                        ? "storeRows (ml.storeRows) on " + data
                        : "Pairing " + data + " with the rows stored in the baseline report " + options.report(),
                        options.storeRows() ? "turn storeRows off (the report can still be a baseline, without"
                                + " paired tests)" : "compare with baselineModel instead")
                : null;
        this.pairs = baselineSource == null ? null : new PairedRows();
        this.baselineMetrics = baselineSource == null ? null
                : TaskMetrics.of(challenger.task(), baselineSource.probabilityLabels());
    }

    /**
     * @param options    null = no baseline (the digest is still computed)
     * @param request    the challenger's source request; the baseline model is scored on its validation data
     * @param challenger the challenger's open source
     */
    public static BaselineRun start(BaselineOptions options, SourceRequest request, ScoredRowSource challenger) {
        BaselineOptions given = options == null ? BaselineOptions.none() : options;
        Report baselineReport = given.report() == null ? null : new ReportReader().read(given.report());
        BaselineFacts reported = baselineReport == null ? null : BaselineFacts.of(baselineReport);
        ScoredRowSource baselineSource = null;
        if (given.model() != null) {
            if (request.validationData() == null) {
                throw new InputException("baselineModel " + given.model() + " needs validation rows to score, but"
                        + " this evaluation reads a predictions file; set model and validationData, or compare with"
                        + " a baseline report instead.");
            }
            // The same validation data read the same way (delimiter, decimal comma), by the baseline's own format.
            baselineSource = ScoredRowSources.open(new SourceRequest(given.model(), request.validationData(), null,
                    request.labelColumn(), null, null, challenger.task(), request.onBadRow(), request.format(),
                    baselineModelOptions(request.modelOptions(), given.model())));
            if (baselineSource.task() != challenger.task()) {
                baselineSource.close();
                throw new InputException("baselineModel " + given.model() + " is a " + baselineSource.task().jsonName()
                        + " model but the model is " + challenger.task().jsonName()
                        + "; set baselineModel to a model of the same task.");
            }
        }
        // Decoded up front, so that a damaged rows section fails before any row is scored. A baseline model's own
        // predictions are the better source of pairs, so stored rows are not needed with one.
        StoredRows.Decoded stored = baselineReport == null || baselineReport.rows() == null || baselineSource != null
                ? null : baselineReport.rows().decode("The baseline report " + given.report(),
                        Task.REGRESSION.jsonName().equals(baselineReport.task()));
        return new BaselineRun(given, challenger, reported, baselineSource, stored,
                baselineReport == null ? null : baselineReport.importance());
    }

    /**
     * How to read the baseline model: by its own extension, and, for an ONNX or XGBoost model, with the challenger's
     * featureColumns and labels (both models read the same validation data and name the same classes). A Tribuo
     * model names its features and classes itself.
     */
    static ModelOptions baselineModelOptions(ModelOptions challenger, java.nio.file.Path model) {
        return ModelFormat.of(null, model) == ModelFormat.TRIBUO ? ModelOptions.DEFAULT
                : new ModelOptions(null, challenger.featureColumns(), challenger.labels());
    }

    /** The baseline report's importance section, for the rank comparison; null without one. */
    public Importance reportedImportance() {
        return reportedImportance;
    }

    /**
     * The per-chunk work of a batch of the challenger's rows, safe on any thread: each row's key for the digest and
     * the stored outcomes, and, with a baseline model, the baseline's predictions for the same raw rows. Hand the
     * part to {@link #merge} in file order.
     */
    public Part part(ScoredBatch challenger, RawRows raw) {
        long[] keys = new long[challenger.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = digest.hash(challenger.row(i));
        }
        return new Part(challenger, keys, baselineSource == null ? null : baselineSource.score(raw));
    }

    /** What {@link #part} computed for one batch. */
    public record Part(ScoredBatch challenger, long[] keys, ScoredBatch baseline) {
    }

    /** Adds one batch's part, in file order (the stored outcomes and the paired rows keep row order). */
    public void merge(Part part) {
        List<ScoredRow> rows = part.challenger().rows();
        for (int i = 0; i < rows.size(); i++) {
            digest.addHash(part.keys()[i]);
            if (outcomes != null) {
                outcomes.add(part.keys()[i], rows.get(i));
            }
        }
        if (baselineSource == null) {
            return;
        }
        baselineSource.account(part.baseline());
        List<ScoredRow> baselineRows = part.baseline().rows();
        for (int i = 0; i < rows.size(); i++) {
            ScoredRow row = rows.get(i);
            if (i >= baselineRows.size() || baselineRows.get(i).line() != row.line()) {
                throw new InputException("baselineModel " + options.model() + " scored other rows of the"
                        + " validation data than the model (at line " + row.line() + "); use onBadRow=fail to see"
                        + " which row one of them cannot score.");
            }
            ScoredRow base = baselineRows.get(i);
            pairs.add(row, base);
            baselineMetrics.add(base);
        }
        if (baselineRows.size() > rows.size()) {
            throw new InputException("baselineModel " + options.model() + " scored more rows of the validation"
                    + " data than the model (at line " + baselineRows.get(rows.size()).line() + "); use"
                    + " onBadRow=fail to see which row the model cannot score.");
        }
    }

    /** Adds the digest of rows that were counted elsewhere (partial states), as if their batches were merged here. */
    public void mergeDigest(RowsDigest rows) {
        digest.merge(rows);
    }

    /** Feeds one batch of the challenger's rows on this thread: {@link #part} and {@link #merge} in one. */
    public void add(ScoredBatch challenger, RawRows raw) {
        merge(part(challenger, raw));
    }

    /** The challenger's data information with the digest of the rows seen. */
    public DataInfo dataInfo(DataInfo info) {
        return info.withRowsDigest(digest.value());
    }

    /** This run's per-row outcomes for report.json's {@code rows}; null unless storeRows is on. */
    public StoredRows storedRows() {
        return options.storeRows() ? StoredRows.of(outcomes) : null;
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
        BaselineFacts challenger = BaselineFacts.of(task.jsonName(), metrics, digest.value());
        List<String> notes = new ArrayList<>();
        BaselineFacts facts = reported;
        if (facts != null) {
            notes.addAll(Compatibility.check("The baseline report " + options.report(), facts, challenger,
                    options.allowDifferentData()));
        }
        if (baselineSource != null) {
            baselineSource.finish(); // its own end-of-data checks (an ONNX or XGBoost model's class names)
            MetricOptions once = metricOptions.withBootstrapReplicates(0)
                    .withPositiveLabel(metrics.positiveLabel());
            MetricResult modelResult = baselineMetrics.result(once);
            BaselineFacts fromModel = BaselineFacts.of(task.jsonName(), modelResult, digest.value());
            if (facts == null) {
                facts = fromModel;
                notes.addAll(Compatibility.check("baselineModel " + options.model(), fromModel, challenger,
                        options.allowDifferentData()));
            }
        }
        BaselineFacts baseline = facts;
        PairedRows paired = pairs != null ? pairs : storedBaseline != null ? pairStored(notes) : null;
        boolean sameRows = baselineSource != null || digest.value().equals(baseline.rowsDigest());
        PairedBootstrap bootstrap = new PairedBootstrap(metricOptions.bootstrapReplicates(), metricOptions.seed());
        List<BaselineComparison> comparisons = new ArrayList<>();
        for (Map.Entry<String, Double> metric : metrics.metrics().entrySet()) {
            if (baseline.metrics().containsKey(metric.getKey())) {
                PairedTest test = paired == null ? null
                        : paired.test(metric.getKey(), metrics.positiveLabel(), bootstrap);
                comparisons.add(BaselineComparison.of(metric.getKey(), null, metric.getValue(),
                        baseline.metrics().get(metric.getKey()), test));
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
        if (paired == null) {
            notes.add("No per-row predictions of the baseline are available, so no paired significance test was"
                    + " made; set baselineModel to score the baseline on the same rows, or write the baseline"
                    + " report with storeRows (ml.storeRows).");
        }
        boolean perRow = paired != null && task == Task.CLASSIFICATION;
        return new BaselineSection(options.report() == null ? null : options.report().toString(),
                options.model() == null ? null : options.model().toString(), baseline.rowsDigest(), sameRows,
                comparisons, classComparisons,
                perRow ? paired.newlyBrokenGroups() : null,
                perRow ? paired.newlyBroken() : null,
                perRow ? paired.newlyFixed() : null, notes);
    }

    /**
     * Pairs this run's rows with the baseline report's stored rows by row key; rows without a partner on the other
     * side are left out of the paired tests, and a note says how many were paired.
     */
    private PairedRows pairStored(List<String> notes) {
        int[] partner = RowPairing.match(outcomes.keys(), outcomes.rows(), storedBaseline.keys());
        PairedRows stored = new PairedRows((int) Arrays.stream(partner).filter(j -> j >= 0).count());
        List<String> labels = outcomes.labels();
        int paired = 0;
        for (int i = 0; i < outcomes.rows(); i++) {
            int j = partner[i];
            if (j < 0) {
                continue;
            }
            paired++;
            if (outcomes.regression()) {
                stored.addRegression(outcomes.absError(i), storedBaseline.absErrors()[j]);
                continue;
            }
            String truth = outcomes.actualLabel(i, labels);
            String theirs = storedBaseline.predictedLabel(j);
            // The key hashes the actual value, so a partner's stored verdict must agree with its stored label.
            if (storedBaseline.correct(j) != truth.equals(theirs)) {
                throw new InputException("The baseline report " + options.report() + " stores row " + (j + 1)
                        + " as " + (storedBaseline.correct(j) ? "right" : "wrong") + " with prediction '" + theirs
                        + "', but its actual value is '" + truth + "' (line " + outcomes.line(i) + " here); the"
                        + " rows section was edited or damaged: write it again with storeRows (ml.storeRows).");
            }
            stored.addClassification(truth, labels.get(outcomes.predictedIndex(i)), theirs, outcomes.line(i));
        }
        notes.add(paired == outcomes.rows() && paired == storedBaseline.rows()
                ? "Paired tests use the per-row outcomes stored in the baseline report, matched by row key."
                : "Paired tests use the " + paired + " rows matched by row key between these " + outcomes.rows()
                        + " rows and the " + storedBaseline.rows() + " rows stored in the baseline report.");
        return stored;
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

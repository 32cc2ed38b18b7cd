package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlgate.analysis.InputException;

/** Turns what a {@link ClassificationAccumulator} gathered into a {@link MetricResult} (see its javadoc). */
final class ClassificationResultBuilder {
    private static final String[] PROBABILITY_METRICS = {"aucRoc", "aucRocWeighted", "aucRocOvo", "averagePrecision",
        "logLoss", "brier", "expectedCalibrationError"};

    private final ClassificationAccumulator acc;
    private final MetricOptions options;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();

    private List<String> labels;
    private int[] codeToClass;
    private double[][] counts;
    private int positive = -1;

    private final RowKeys rowKeys;
    private final DoubleChunks probabilities;

    /**
     * @param rowKeys       each row's actual label code and bootstrap block: the accumulator's own, or a view of a
     *                      whole's for a slice
     * @param probabilities each row's probabilities, likewise
     */
    ClassificationResultBuilder(ClassificationAccumulator acc, MetricOptions options, RowKeys rowKeys,
                                DoubleChunks probabilities) {
        this.acc = acc;
        this.options = options;
        this.rowKeys = rowKeys;
        this.probabilities = probabilities;
    }

    MetricResult build() {
        labels = seenLabels();
        int k = labels.size();
        codeToClass = new int[acc.codeLabels().size()];
        java.util.Arrays.fill(codeToClass, -1);
        for (int c = 0; c < codeToClass.length; c++) {
            codeToClass[c] = labels.indexOf(acc.codeLabels().get(c));
        }
        counts = new double[k][k];
        long[][] longCounts = new long[k][k];
        long[][] matrix = acc.matrix();
        for (int a = 0; a < matrix.length; a++) {
            for (int p = 0; p < matrix.length; p++) {
                if (matrix[a][p] > 0) {
                    longCounts[codeToClass[a]][codeToClass[p]] += matrix[a][p];
                    counts[codeToClass[a]][codeToClass[p]] += matrix[a][p];
                }
            }
        }
        if (acc.rows() == 0) {
            notes.add("No rows were evaluated: every metric is undefined.");
        }
        boolean binary = k == 2;
        if (binary) {
            positive = positiveClass();
        } else if (options.positiveLabel() != null) {
            notes.add("The positive label '" + options.positiveLabel() + "' is not used: the task has " + k
                    + " labels, so precision, recall and F1 are macro averages.");
        }

        ConfusionStats stats = new ConfusionStats(counts, labels, notes);
        put("accuracy", stats.accuracy());
        put("balancedAccuracy", stats.balancedAccuracy());
        put("errorRate", 1 - stats.accuracy());
        if (binary) {
            put("precision", stats.precision[positive]);
            put("recall", stats.recall[positive]);
            put("f1", stats.f1[positive]);
        } else {
            put("precision", k == 0 ? Double.NaN : ConfusionStats.macro(stats.precision));
            put("recall", k == 0 ? Double.NaN : ConfusionStats.macro(stats.recall));
            put("f1", k == 0 ? Double.NaN : ConfusionStats.macro(stats.f1));
        }
        put("macroPrecision", k == 0 ? Double.NaN : ConfusionStats.macro(stats.precision));
        put("macroRecall", k == 0 ? Double.NaN : ConfusionStats.macro(stats.recall));
        put("macroF1", k == 0 ? Double.NaN : ConfusionStats.macro(stats.f1));
        put("microPrecision", stats.micro());
        put("microRecall", stats.micro());
        put("microF1", stats.micro());
        put("weightedPrecision", stats.weighted(stats.precision));
        put("weightedRecall", stats.weighted(stats.recall));
        put("weightedF1", stats.weighted(stats.f1));
        put("mcc", acc.rows() == 0 ? Double.NaN : stats.mcc());
        double kappa = stats.cohenKappa(counts);
        if (!Double.isFinite(kappa) && acc.rows() > 0) {
            notes.add("cohenKappa is undefined: actual and predicted labels are one and the same constant, so no"
                    + " disagreement is expected by chance.");
        }
        put("cohenKappa", kappa);

        Double[] perClassAuc = new Double[k];
        Double[] perClassAp = new Double[k];
        Curves curves = Curves.none();
        RankedGroups positiveGroups = null;
        List<OneVsRestIntervals.ClassColumn> oneVsRest = List.of();
        if (acc.width() == 0) {
            for (String name : PROBABILITY_METRICS) {
                metrics.put(name, null);
            }
            if (acc.rows() > 0) {
                notes.add("The model gives no probabilities: " + String.join(", ", PROBABILITY_METRICS)
                        + " and the per-class aucRoc and averagePrecision are undefined.");
            }
        } else if (acc.rows() > 0) {
            ProbabilityMetrics probability = new ProbabilityMetrics(stats.support);
            probability.compute(binary, perClassAuc, perClassAp);
            curves = probability.curves;
            positiveGroups = probability.positiveGroups;
            oneVsRest = probability.oneVsRest;
        } else {
            for (String name : PROBABILITY_METRICS) {
                metrics.put(name, null);
            }
        }

        ClassificationIntervals classificationIntervals = new ClassificationIntervals(options, counts, positive,
                positiveGroups, valueOrNaN("aucRoc"), valueOrNaN("averagePrecision"));
        Map<String, Interval> intervals = classificationIntervals.compute();
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        for (int c = 0; c < k; c++) {
            classes.put(labels.get(c), new ClassMetrics((long) stats.support[c], stats.precision[c], stats.recall[c],
                    stats.f1[c], perClassAuc[c], perClassAp[c], classificationIntervals.ofClass(c)));
        }
        if (!oneVsRest.isEmpty()) {
            OneVsRestIntervals.Outcome outcome = new OneVsRestIntervals(options, probabilities, acc.width(),
                    rowKeys, codeToClass, oneVsRest).compute();
            intervals.putAll(outcome.intervals());
            notes.addAll(outcome.notes());
        }
        return new MetricResult(Collections.unmodifiableMap(metrics), binary ? labels.get(positive) : null,
                Collections.unmodifiableMap(classes), new ConfusionMatrix(List.copyOf(labels), longCounts),
                intervals, curves, List.copyOf(notes));
    }

    private List<String> seenLabels() {
        TreeSet<String> seen = new TreeSet<>();
        long[][] matrix = acc.matrix();
        for (int a = 0; a < matrix.length; a++) {
            for (int p = 0; p < matrix.length; p++) {
                if (matrix[a][p] > 0) {
                    seen.add(acc.codeLabels().get(a));
                    seen.add(acc.codeLabels().get(p));
                }
            }
        }
        // A two-class model evaluated on rows of one class is still a binary task (scikit-learn: pos_label).
        if (seen.size() == 1 && acc.width() == 2 && acc.probabilityLabels().contains(seen.first())) {
            seen.addAll(acc.probabilityLabels());
        }
        if (options.positiveLabel() != null && seen.size() < 2) {
            seen.add(options.positiveLabel());
        }
        return List.copyOf(seen);
    }

    private int positiveClass() {
        if (options.positiveLabel() != null) {
            int index = labels.indexOf(options.positiveLabel());
            if (index < 0) {
                throw new InputException("The positive label '" + options.positiveLabel() + "' does not occur in the"
                        + " data, whose labels are " + labels + "; set the positive label to one of them.");
            }
            return index;
        }
        double first = 0;
        double second = 0;
        for (int p = 0; p < 2; p++) {
            first += counts[0][p];
            second += counts[1][p];
        }
        // Minority of the actual labels; a tie goes to the label that sorts last (labels are sorted).
        return first < second ? 0 : 1;
    }

    private double valueOrNaN(String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }

    private void put(String name, double value) {
        metrics.put(name, Double.isFinite(value) ? value : null);
    }

    /** The metrics that need probabilities. */
    private final class ProbabilityMetrics {
        private final double[] support;
        private final int[] columnOfClass;
        Curves curves = Curves.none();
        RankedGroups positiveGroups;
        /** Multi-class: the classes whose one-vs-rest AUC or AP is defined, for their intervals. */
        List<OneVsRestIntervals.ClassColumn> oneVsRest = List.of();

        ProbabilityMetrics(double[] support) {
            this.support = support;
            columnOfClass = new int[labels.size()];
            for (int c = 0; c < labels.size(); c++) {
                columnOfClass[c] = acc.probabilityLabels().indexOf(labels.get(c));
            }
        }

        void compute(boolean binary, Double[] perClassAuc, Double[] perClassAp) {
            int k = labels.size();
            long[] classCount = new long[k];
            for (int c = 0; c < k; c++) {
                classCount[c] = (long) support[c];
            }
            long n = acc.rows();
            double[][] halfAuc = new double[k][];
            RankingSweep[] sweeps = new RankingSweep[k];
            List<String> missingColumn = new ArrayList<>();
            // Each class's ranking sorts every score once, most of the time after the pass: on every core, as many
            // at once as ClassWorkers' budget holds (a ranking copies the scores, and the parallel sort needs as much
            // again: 16 bytes a row; 10M rows rank one class at a time within -Xmx512m).
            ColumnRanking[] rankings = new ColumnRanking[k];
            ClassWorkers.forEachClass(k, 16 * n, null, (none, c) -> {
                if (columnOfClass[c] >= 0) {
                    rankings[c] = ColumnRanking.of(probabilities, acc.width(), columnOfClass[c], rowKeys,
                            codeToClass, classCount, c, ClassificationAccumulator.BOOTSTRAP_BINS);
                }
            });
            for (int c = 0; c < k; c++) {
                if (columnOfClass[c] < 0) {
                    missingColumn.add(labels.get(c));
                    continue;
                }
                ColumnRanking ranking = rankings[c];
                sweeps[c] = ranking.oneVsRest;
                halfAuc[c] = ranking.halfAuc;
                double auc = ranking.oneVsRest.auc();
                double ap = ranking.oneVsRest.averagePrecision();
                perClassAuc[c] = Double.isFinite(auc) ? auc : null;
                perClassAp[c] = Double.isFinite(ap) ? ap : null;
                if (!Double.isFinite(auc)) {
                    notes.add("aucRoc of class '" + labels.get(c) + "' is undefined: "
                            + (classCount[c] == 0 ? "the class never occurs among the actual labels."
                                                  : "every actual label is this class, so there are no negatives."));
                }
            }
            if (!missingColumn.isEmpty()) {
                notes.add("The model gives no probability for " + missingColumn
                        + ": their aucRoc and averagePrecision are undefined, and so are logLoss and brier.");
            }
            if (binary) {
                RankingSweep sweep = sweeps[positive];
                if (sweep == null) {
                    put("aucRoc", Double.NaN);
                    put("averagePrecision", Double.NaN);
                } else {
                    put("aucRoc", sweep.auc());
                    put("averagePrecision", sweep.averagePrecision());
                    positiveGroups = sweep.bootstrapGroups();
                }
                put("aucRocWeighted", metrics.get("aucRoc") == null ? Double.NaN : metrics.get("aucRoc"));
                put("aucRocOvo", metrics.get("aucRoc") == null ? Double.NaN : metrics.get("aucRoc"));
                if (metrics.get("averagePrecision") == null && sweep != null) {
                    notes.add("averagePrecision is undefined: the positive class '" + labels.get(positive)
                            + "' never occurs among the actual labels.");
                }
            } else {
                multiClassRanking(perClassAuc, perClassAp, halfAuc, classCount);
                List<OneVsRestIntervals.ClassColumn> defined = new ArrayList<>();
                for (int c = 0; c < k; c++) {
                    if (perClassAuc[c] != null || perClassAp[c] != null) {
                        defined.add(new OneVsRestIntervals.ClassColumn(c, columnOfClass[c], sweeps[c]));
                    }
                }
                oneVsRest = defined;
            }
            if (acc.rowsOutOfRange() > 0) {
                notes.add(acc.rowsOutOfRange() + " rows have scores outside [0, 1]: they are not probabilities, so"
                        + " logLoss, brier and expectedCalibrationError are undefined (rank metrics are kept).");
            }
            if (!missingColumn.isEmpty() || acc.rowsWithoutProbabilityColumn() > 0 || acc.rowsOutOfRange() > 0) {
                put("logLoss", Double.NaN);
            } else {
                put("logLoss", acc.logLossSum() / n);
            }
            if (binary) {
                int column = columnOfClass[positive];
                put("brier", column < 0 ? Double.NaN : acc.squaredErrorSum(column) / n);
                put("expectedCalibrationError", column < 0 ? Double.NaN
                        : acc.columnCalibration(column).expectedCalibrationError());
                if (sweeps[positive] != null) {
                    curves = new Curves(sweeps[positive].rocCurve(ClassificationAccumulator.CURVE_POINTS),
                            sweeps[positive].precisionRecallCurve(ClassificationAccumulator.CURVE_POINTS),
                            acc.columnCalibration(column).bins());
                }
            } else {
                double brier = 0;
                for (int c = 0; c < acc.width(); c++) {
                    brier += acc.squaredErrorSum(c);
                }
                put("brier", acc.rowsWithoutProbabilityColumn() > 0 ? Double.NaN : brier / n);
                put("expectedCalibrationError", acc.topLabelCalibration().expectedCalibrationError());
                Map<String, Curves.ClassCurves> perClass = new LinkedHashMap<>();
                boolean[] drawn = largestClasses(Curves.ClassCurves.MAX_CLASSES);
                if (drawn.length > Curves.ClassCurves.MAX_CLASSES) {
                    notes.add("curves.perClass holds the one-vs-rest curves of the " + Curves.ClassCurves.MAX_CLASSES
                            + " classes with the most rows, of " + k + ".");
                }
                for (int c = 0; c < k; c++) {
                    if (sweeps[c] != null && perClassAuc[c] != null && drawn[c]) {
                        perClass.put(labels.get(c), new Curves.ClassCurves(
                                sweeps[c].rocCurve(Curves.ClassCurves.POINTS),
                                sweeps[c].precisionRecallCurve(Curves.ClassCurves.POINTS)));
                    }
                }
                curves = new Curves(List.of(), List.of(), acc.topLabelCalibration().bins(),
                        Collections.unmodifiableMap(perClass), null);
            }
            if (acc.rowsOutOfRange() > 0) {
                put("brier", Double.NaN);
                put("expectedCalibrationError", Double.NaN);
            }
            if (acc.renormalisedRows() > 0) {
                notes.add(acc.renormalisedRows() + " rows have probabilities that do not sum to 1 (off by more than"
                        + " 1e-4); logLoss renormalised them, as scikit-learn does.");
            }
        }

        /** Per class, whether it is among the {@code most} classes with the most rows (ties: the earlier label). */
        private boolean[] largestClasses(int most) {
            int k = labels.size();
            boolean[] chosen = new boolean[k];
            Integer[] order = new Integer[k];
            for (int c = 0; c < k; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(support[b], support[a]));
            for (int i = 0; i < Math.min(most, k); i++) {
                chosen[order[i]] = true;
            }
            return chosen;
        }

        private void multiClassRanking(Double[] perClassAuc, Double[] perClassAp, double[][] halfAuc,
                                       long[] classCount) {
            int k = labels.size();
            double[] auc = new double[k];
            double[] ap = new double[k];
            double[] support = new double[k];
            boolean[] aucDefined = new boolean[k];
            boolean[] apDefined = new boolean[k];
            int defined = 0;
            for (int c = 0; c < k; c++) {
                aucDefined[c] = perClassAuc[c] != null;
                apDefined[c] = perClassAp[c] != null;
                auc[c] = aucDefined[c] ? perClassAuc[c] : 0;
                ap[c] = apDefined[c] ? perClassAp[c] : 0;
                support[c] = classCount[c];
                defined += aucDefined[c] ? 1 : 0;
            }
            ClassAverage aucAverage = ClassAverage.of(auc, support, aucDefined);
            put("aucRoc", aucAverage.macro());
            put("aucRocWeighted", aucAverage.weighted());
            put("averagePrecision", ClassAverage.of(ap, support, apDefined).macro());
            if (defined > 0 && defined < k) {
                notes.add("aucRoc, aucRocWeighted and averagePrecision average over the " + defined + " of " + k
                        + " classes whose one-vs-rest value is defined.");
            }
            double pairSum = 0;
            int pairs = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    if (halfAuc[a] != null && halfAuc[b] != null
                            && Double.isFinite(halfAuc[a][b]) && Double.isFinite(halfAuc[b][a])) {
                        pairSum += (halfAuc[a][b] + halfAuc[b][a]) / 2;
                        pairs++;
                    }
                }
            }
            put("aucRocOvo", pairs == 0 ? Double.NaN : pairSum / pairs);
            if (defined == 0) {
                notes.add("aucRoc, aucRocWeighted, aucRocOvo and averagePrecision are undefined: no class has both"
                        + " positives and negatives among the actual labels.");
            }
        }
    }
}

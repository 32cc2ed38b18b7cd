package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The multi-label metrics, as scikit-learn 1.2.1 computes them on label-indicator matrices whose columns are the
 * labels seen in the actual or the predicted sets ({@code MultiLabelBinarizer} fitted on both), with its default
 * {@code zero_division} (a 0/0 precision, recall, F1 or Jaccard counts as 0, and a note says where):
 * <ul>
 *   <li>{@code subsetAccuracy}: the share of rows whose predicted set is exactly the actual set
 *       ({@code accuracy_score}); {@code hammingLoss}: the share of (row, label) cells predicted wrong.</li>
 *   <li>{@code microPrecision}, {@code microRecall}, {@code microF1}: of the counts summed over labels;
 *       {@code macro*}: the unweighted mean of the per-label values; {@code samples*}: the mean over rows of each
 *       row's value (a row with an empty predicted set has precision 0, with an empty actual set recall 0).</li>
 *   <li>{@code jaccardSamples}, {@code jaccardMicro}, {@code jaccardMacro}: {@code jaccard_score} with those
 *       averages.</li>
 *   <li>With per-label scores: {@code labelRankingAveragePrecision} ({@link LabelRanking}, over the labels that have
 *       scores, which must include every actual label), and per label the exact ROC AUC and average precision with
 *       {@code aucRoc} and {@code averagePrecision} their mean over the labels where they are defined (a label that
 *       is on every row or none has no AUC; scikit-learn raises there, mlgate says so in a note).</li>
 * </ul>
 * Intervals: the row-level metrics (and micro and macro F1 while there are at most
 * {@value MultiLabelBlocks#MAX_LABELS} labels) from one Poisson(1) weight per block of rows shared by every
 * statistic; each label's precision, recall and F1 from one Poisson draw per count, as a class's in classification.
 */
final class MultiLabelResultBuilder {
    private static final String[] RANKING_METRICS = {"labelRankingAveragePrecision", "aucRoc", "averagePrecision"};

    private final MultiLabelAccumulator acc;
    private final MetricOptions options;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<String, Interval> intervals = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private List<String> labels;
    private int[] codeOf;
    private int[] labelOfCode;

    MultiLabelResultBuilder(MultiLabelAccumulator acc, MetricOptions options) {
        this.acc = acc;
        this.options = options;
    }

    MetricResult build() {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (int code = 0; code < acc.codeLabels().size(); code++) {
            sorted.put(acc.codeLabels().get(code), code);
        }
        labels = List.copyOf(sorted.keySet());
        int k = labels.size();
        codeOf = sorted.values().stream().mapToInt(Integer::intValue).toArray();
        labelOfCode = new int[k];
        for (int i = 0; i < k; i++) {
            labelOfCode[codeOf[i]] = i;
        }
        double[][] counts = new double[k][3];
        for (int i = 0; i < k; i++) {
            counts[i][0] = acc.truePositives(codeOf[i]);
            counts[i][1] = acc.falsePositives(codeOf[i]);
            counts[i][2] = acc.falseNegatives(codeOf[i]);
        }
        long n = acc.rows();
        if (n == 0) {
            notes.add("No rows were evaluated: every metric is undefined.");
        }
        put("subsetAccuracy", (double) acc.exactMatches() / n);
        put("hammingLoss", k == 0 ? Double.NaN : acc.symmetricDifference() / ((double) n * k));
        if (n > 0 && k == 0) {
            notes.add("hammingLoss is undefined: no row has an actual or a predicted label.");
        }
        LabelStats stats = new LabelStats(counts);
        zeroDivisionNotes(stats);
        put("microPrecision", stats.microPrecision);
        put("microRecall", stats.microRecall);
        put("microF1", stats.microF1);
        put("macroPrecision", LabelStats.mean(stats.precision));
        put("macroRecall", LabelStats.mean(stats.recall));
        put("macroF1", LabelStats.mean(stats.f1));
        put("samplesPrecision", acc.samplesPrecision() / n);
        put("samplesRecall", acc.samplesRecall() / n);
        put("samplesF1", acc.samplesF1() / n);
        put("jaccardSamples", acc.samplesJaccard() / n);
        put("jaccardMicro", stats.microJaccard);
        put("jaccardMacro", LabelStats.mean(stats.jaccard));
        Double[] auc = new Double[k];
        Double[] ap = new Double[k];
        Curves curves = ranking(auc, ap);
        rowIntervals(k);
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        List<Map<String, Interval>> labelIntervals = LabelStats.intervals(counts, options);
        for (int i = 0; i < k; i++) {
            classes.put(labels.get(i), new ClassMetrics((long) (counts[i][0] + counts[i][2]), stats.precision[i],
                    stats.recall[i], stats.f1[i], auc[i], ap[i], labelIntervals.get(i)));
        }
        TaskDetails.LabelSets sets = new TaskDetails.LabelSets(labels, n == 0 ? 0 : (double) acc.actualLabels() / n,
                n == 0 ? 0 : (double) acc.predictedLabels() / n, acc.emptyActual(), acc.emptyPredicted());
        return new MetricResult(Collections.unmodifiableMap(metrics), null, Collections.unmodifiableMap(classes),
                null, intervals, curves, List.copyOf(notes), TaskDetails.of(sets));
    }

    private void zeroDivisionNotes(LabelStats stats) {
        List<String> neverPredicted = new ArrayList<>();
        List<String> neverActual = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (stats.predicted[i] == 0) {
                neverPredicted.add(labels.get(i));
            }
            if (stats.support[i] == 0) {
                neverActual.add(labels.get(i));
            }
        }
        if (!neverPredicted.isEmpty()) {
            notes.add("Precision is set to 0 for " + describe(neverPredicted) + " never predicted.");
        }
        if (!neverActual.isEmpty()) {
            notes.add("Recall is set to 0 for " + describe(neverActual) + " never among the actual labels.");
        }
    }

    /** "label 'a', which is" or "3 labels ('a', 'b', 'c'), which are". */
    private static String describe(List<String> names) {
        return named(names) + (names.size() == 1 ? ", which is" : ", which are");
    }

    /** "label 'a'" or "3 labels ('a', 'b', 'c')", naming at most 10. */
    private static String named(List<String> names) {
        if (names.size() == 1) {
            return "label '" + names.get(0) + "'";
        }
        List<String> shown = names.subList(0, Math.min(10, names.size()));
        return names.size() + " labels ('" + String.join("', '", shown) + "'"
                + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "") + ")";
    }

    /** The ranking metrics from the per-label scores, and each scored label's curves. */
    private Curves ranking(Double[] auc, Double[] ap) {
        if (acc.width() == 0) {
            for (String name : RANKING_METRICS) {
                metrics.put(name, null);
            }
            if (acc.rows() > 0) {
                notes.add("The predictions give no per-label scores: " + String.join(", ", RANKING_METRICS)
                        + " and the per-label aucRoc and averagePrecision are undefined.");
            }
            return Curves.none();
        }
        long n = acc.rows();
        if (acc.rowsWithUnscoredLabel() > 0) {
            put("labelRankingAveragePrecision", Double.NaN);
            notes.add("labelRankingAveragePrecision is undefined: " + acc.rowsWithUnscoredLabel() + " rows have an"
                    + " actual label without a score (such as '" + acc.firstUnscoredLabel() + "').");
        } else {
            put("labelRankingAveragePrecision", acc.rankingPrecision() / n);
        }
        List<String> scoreLabels = acc.scoreLabels();
        Map<String, Curves.ClassCurves> perClass = new LinkedHashMap<>();
        List<String> undefined = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        double aucSum = 0;
        double apSum = 0;
        int aucCount = 0;
        int apCount = 0;
        for (int i = 0; i < labels.size(); i++) {
            int column = scoreLabels.indexOf(labels.get(i));
            if (column < 0) {
                unscored.add(labels.get(i));
                continue;
            }
            RankingSweep sweep = sweep(column);
            double labelAuc = sweep.auc();
            double labelAp = sweep.averagePrecision();
            auc[i] = Double.isFinite(labelAuc) ? labelAuc : null;
            ap[i] = Double.isFinite(labelAp) ? labelAp : null;
            if (auc[i] == null) {
                undefined.add(labels.get(i));
            } else {
                aucSum += labelAuc;
                aucCount++;
                if (perClass.size() < Curves.ClassCurves.MAX_CLASSES) {
                    perClass.put(labels.get(i), new Curves.ClassCurves(sweep.rocCurve(Curves.ClassCurves.POINTS),
                            sweep.precisionRecallCurve(Curves.ClassCurves.POINTS)));
                }
            }
            if (ap[i] != null) {
                apSum += labelAp;
                apCount++;
            }
        }
        put("aucRoc", aucCount == 0 ? Double.NaN : aucSum / aucCount);
        put("averagePrecision", apCount == 0 ? Double.NaN : apSum / apCount);
        if (!unscored.isEmpty()) {
            notes.add("The predictions give no score for " + named(unscored) + ": aucRoc and averagePrecision are"
                    + " undefined there, and so is labelRankingAveragePrecision when such a label is actual.");
        }
        if (!undefined.isEmpty()) {
            notes.add("aucRoc is undefined for " + describe(undefined) + " on every row or on none (no positives or"
                    + " no negatives); aucRoc and averagePrecision average over the labels where they are defined.");
        }
        if (perClass.size() < aucCount) {
            notes.add("curves.perClass holds the curves of the first " + perClass.size() + " labels.");
        }
        return new Curves(List.of(), List.of(), List.of(), Collections.unmodifiableMap(perClass), null);
    }

    /** One score column ranked against whether its label is actual. */
    private RankingSweep sweep(int column) {
        long n = acc.rows();
        int positives = 0;
        for (long r = 0; r < n; r++) {
            positives += acc.relevant(r, column) ? 1 : 0;
        }
        double[] pos = new double[positives];
        double[] neg = new double[Math.toIntExact(n - positives)];
        int p = 0;
        int q = 0;
        for (long r = 0; r < n; r++) {
            if (acc.relevant(r, column)) {
                pos[p++] = acc.score(r, column);
            } else {
                neg[q++] = acc.score(r, column);
            }
        }
        return ScoreRanking.sweep(pos, neg, ClassificationAccumulator.BOOTSTRAP_BINS);
    }

    /** Intervals of the row-level metrics, and of micro and macro F1 when the blocks kept the label counts. */
    private void rowIntervals(int k) {
        int replicates = options.bootstrapReplicates();
        if (replicates == 0 || acc.rows() == 0) {
            return;
        }
        MultiLabelBlocks blocks = acc.blocks();
        boolean ranking = metrics.get("labelRankingAveragePrecision") != null;
        boolean labelCounts = blocks.hasLabelCounts() && k > 0;
        double[][] values = new double[7][replicates];
        for (int r = 0; r < replicates; r++) {
            double[] weights = MultiLabelBlocks.weights(options.seed(), r);
            double count = blocks.weighted(weights, MultiLabelBlocks.COUNT);
            values[0][r] = blocks.weighted(weights, MultiLabelBlocks.EXACT) / count;
            values[1][r] = k == 0 ? Double.NaN
                    : blocks.weighted(weights, MultiLabelBlocks.SYMMETRIC_DIFFERENCE) / (count * k);
            values[2][r] = blocks.weighted(weights, MultiLabelBlocks.F1) / count;
            values[3][r] = blocks.weighted(weights, MultiLabelBlocks.JACCARD) / count;
            values[4][r] = ranking ? blocks.weighted(weights, MultiLabelBlocks.RANKING) / count : Double.NaN;
            if (labelCounts) {
                LabelStats stats = new LabelStats(blocks.weightedLabelCounts(weights, labelOfCode, k));
                values[5][r] = stats.microF1;
                values[6][r] = LabelStats.mean(stats.f1);
            } else {
                values[5][r] = Double.NaN;
                values[6][r] = Double.NaN;
            }
        }
        String[] names = {"subsetAccuracy", "hammingLoss", "samplesF1", "jaccardSamples",
            "labelRankingAveragePrecision", "microF1", "macroF1"};
        for (int m = 0; m < names.length; m++) {
            if (metrics.get(names[m]) != null) {
                Interval interval = Bootstrap.percentile(values[m], replicates, options.confidenceLevel());
                if (interval != null) {
                    intervals.put(names[m], interval);
                }
            }
        }
        if (!labelCounts && k > 0) {
            notes.add("microF1 and macroF1 have no interval: with more than " + MultiLabelBlocks.MAX_LABELS
                    + " labels the bootstrap would keep too many counts per block of rows.");
        }
    }

    private void put(String name, double value) {
        metrics.put(name, Double.isFinite(value) ? value : null);
    }

    /**
     * Per-label precision, recall, F1 and Jaccard from (tp, fp, fn) counts, and their micro averages, with
     * scikit-learn's zero_division of 0; doubles so that bootstrap replicates reuse it.
     */
    private static final class LabelStats {
        final double[] support;
        final double[] predicted;
        final double[] precision;
        final double[] recall;
        final double[] f1;
        final double[] jaccard;
        final double microPrecision;
        final double microRecall;
        final double microF1;
        final double microJaccard;

        LabelStats(double[][] counts) {
            int k = counts.length;
            support = new double[k];
            predicted = new double[k];
            precision = new double[k];
            recall = new double[k];
            f1 = new double[k];
            jaccard = new double[k];
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (int i = 0; i < k; i++) {
                double t = counts[i][0];
                support[i] = t + counts[i][2];
                predicted[i] = t + counts[i][1];
                precision[i] = divide(t, predicted[i]);
                recall[i] = divide(t, support[i]);
                f1[i] = f1(precision[i], recall[i]);
                jaccard[i] = divide(t, t + counts[i][1] + counts[i][2]);
                tp += t;
                fp += counts[i][1];
                fn += counts[i][2];
            }
            microPrecision = divide(tp, tp + fp);
            microRecall = divide(tp, tp + fn);
            microF1 = f1(microPrecision, microRecall);
            microJaccard = divide(tp, tp + fp + fn);
        }

        private static double divide(double numerator, double denominator) {
            return denominator == 0 ? 0 : numerator / denominator;
        }

        private static double f1(double precision, double recall) {
            double denominator = precision + recall;
            return denominator == 0 ? 0 : 2.0 * precision * recall / denominator;
        }

        static double mean(double[] values) {
            if (values.length == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum / values.length;
        }

        /**
         * Each label's precision, recall and F1 intervals from one Poisson draw per count; a replicate that drew no
         * predicted (actual) row of the label gives it no precision (recall).
         */
        static List<Map<String, Interval>> intervals(double[][] counts, MetricOptions options) {
            int k = counts.length;
            int replicates = options.bootstrapReplicates();
            List<Map<String, Interval>> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                if (replicates == 0) {
                    out.add(Map.of());
                    continue;
                }
                double[] precision = new double[replicates];
                double[] recall = new double[replicates];
                double[] f1 = new double[replicates];
                for (int r = 0; r < replicates; r++) {
                    SplittableRandom random = Bootstrap.stream(options.seed() + i, Bootstrap.CONFUSION, r);
                    double tp = PoissonSampler.draw(random, counts[i][0]);
                    double fp = PoissonSampler.draw(random, counts[i][1]);
                    double fn = PoissonSampler.draw(random, counts[i][2]);
                    precision[r] = tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
                    recall[r] = tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
                    double p = tp + fp > 0 ? tp / (tp + fp) : 0;
                    double q = tp + fn > 0 ? tp / (tp + fn) : 0;
                    f1[r] = tp + fp + fn > 0 ? f1(p, q) : Double.NaN;
                }
                Map<String, Interval> label = new LinkedHashMap<>();
                double level = options.confidenceLevel();
                putIfDefined(label, "precision", Bootstrap.percentile(precision, replicates, level));
                putIfDefined(label, "recall", Bootstrap.percentile(recall, replicates, level));
                putIfDefined(label, "f1", Bootstrap.percentile(f1, replicates, level));
                out.add(Collections.unmodifiableMap(label));
            }
            return out;
        }

        private static void putIfDefined(Map<String, Interval> map, String name, Interval interval) {
            if (interval != null) {
                map.put(name, interval);
            }
        }
    }
}

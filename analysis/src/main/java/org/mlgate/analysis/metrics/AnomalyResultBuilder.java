package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The anomaly-detection metrics, with {@code ANOMALOUS} the positive class:
 * <ul>
 *   <li>{@code precision}, {@code recall}, {@code f1} of the model's flag, as scikit-learn's
 *       {@code precision_recall_fscore_support} with {@code pos_label="ANOMALOUS"} (0 on a zero division, and a
 *       note);</li>
 *   <li>{@code aucRoc} and {@code averagePrecision} of the anomaly score ({@code roc_auc_score},
 *       {@code average_precision_score}; exact with ties);</li>
 *   <li>{@code precisionAtK}: the share of anomalies among the k highest scores, k = {@code topK} or, by default, the
 *       number of actual anomalies (then it equals the recall at k, "R-precision"). scikit-learn has no such metric;
 *       rows tied at the cut count with their group's share of anomalies, so the value does not depend on row
 *       order.</li>
 * </ul>
 * Per class ({@code ANOMALOUS} and {@code EXPECTED}) the usual precision, recall, F1; the expected class's AUC and
 * average precision rank the negated score. Intervals as a binary classification's ({@link ClassificationIntervals}),
 * and {@code precisionAtK}'s from the same Poisson draws over score groups.
 */
final class AnomalyResultBuilder {
    private static final List<String> LABELS = List.of(AnomalyAccumulator.ANOMALOUS, AnomalyAccumulator.EXPECTED);
    private static final int ANOMALY = 0;

    private final AnomalyAccumulator acc;
    private final MetricOptions options;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    AnomalyResultBuilder(AnomalyAccumulator acc, MetricOptions options) {
        this.acc = acc;
        this.options = options;
    }

    MetricResult build() {
        double[][] counts = new double[2][2];
        long[][] longCounts = new long[2][2];
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                longCounts[a][p] = acc.count(a, p);
                counts[a][p] = longCounts[a][p];
            }
        }
        if (acc.rows() == 0) {
            notes.add("No rows were evaluated: every metric is undefined.");
        }
        ConfusionStats stats = new ConfusionStats(counts, LABELS, acc.rows() == 0 ? null : notes);
        boolean any = acc.rows() > 0;
        put("precision", any ? stats.precision[ANOMALY] : Double.NaN);
        put("recall", any ? stats.recall[ANOMALY] : Double.NaN);
        put("f1", any ? stats.f1[ANOMALY] : Double.NaN);
        long anomalies = longCounts[0][0] + longCounts[0][1];
        Ranking ranking = acc.scored() && any ? new Ranking(acc.anomalyScores(), acc.expectedScores()) : null;
        TaskDetails.PrecisionAtK atK = null;
        if (ranking == null) {
            metrics.put("aucRoc", null);
            metrics.put("averagePrecision", null);
            metrics.put("precisionAtK", null);
            if (any) {
                notes.add("The predictions give no anomaly score: aucRoc, averagePrecision and precisionAtK are"
                        + " undefined.");
            }
        } else {
            put("aucRoc", ranking.anomalies.auc());
            put("averagePrecision", ranking.anomalies.averagePrecision());
            if (!Double.isFinite(ranking.anomalies.auc())) {
                notes.add("aucRoc is undefined: " + (anomalies == 0 ? "no row is an actual anomaly, so"
                        + " averagePrecision and precisionAtK are undefined too." : "every row is an actual anomaly."));
            }
            long k = options.topK() > 0 ? Math.min(options.topK(), acc.rows()) : anomalies;
            if (k == 0) {
                metrics.put("precisionAtK", null);
            } else {
                double found = ranking.positivesInTop(k);
                put("precisionAtK", found / k);
                atK = new TaskDetails.PrecisionAtK(k, options.topK() > 0 ? "topK" : "anomalies", found);
                if (options.topK() > acc.rows()) {
                    notes.add("topK is " + options.topK() + " but there are only " + acc.rows()
                            + " rows: precisionAtK looks at all of them.");
                }
            }
        }
        ClassificationIntervals classIntervals = new ClassificationIntervals(options, counts, ANOMALY,
                ranking == null ? null : ranking.anomalies.bootstrapGroups(), value("aucRoc"),
                value("averagePrecision"));
        Map<String, Interval> all = classIntervals.compute();
        Map<String, Interval> intervals = new LinkedHashMap<>();
        copy(classIntervals.ofClass(ANOMALY), "precision", intervals);
        copy(classIntervals.ofClass(ANOMALY), "recall", intervals);
        for (String name : List.of("f1", "aucRoc", "averagePrecision")) {
            copy(all, name, intervals);
        }
        if (atK != null) {
            Interval interval = precisionAtKInterval(ranking.anomalies.bootstrapGroups(), value("precisionAtK"));
            if (interval != null) {
                intervals.put("precisionAtK", interval);
            }
        }
        Map<String, ClassMetrics> classes = new LinkedHashMap<>();
        for (int c = 0; c < 2; c++) {
            RankingSweep sweep = ranking == null ? null : c == ANOMALY ? ranking.anomalies : ranking.expected;
            classes.put(LABELS.get(c), new ClassMetrics((long) stats.support[c], stats.precision[c],
                    stats.recall[c], stats.f1[c], finite(sweep == null ? Double.NaN : sweep.auc()),
                    finite(sweep == null ? Double.NaN : sweep.averagePrecision()), classIntervals.ofClass(c)));
        }
        Curves curves = ranking == null ? Curves.none()
                : new Curves(ranking.anomalies.rocCurve(ClassificationAccumulator.CURVE_POINTS),
                        ranking.anomalies.precisionRecallCurve(ClassificationAccumulator.CURVE_POINTS), List.of());
        return new MetricResult(Collections.unmodifiableMap(metrics), AnomalyAccumulator.ANOMALOUS,
                Collections.unmodifiableMap(classes), new ConfusionMatrix(LABELS, longCounts), intervals, curves,
                List.copyOf(notes), atK == null ? null : TaskDetails.of(atK));
    }

    /**
     * Poisson draws per score group (as the AUC's interval), each replicate's k being {@code topK} or its own number
     * of anomalies; shifted, as the AUC's, by the exact value's difference from the value on the groups.
     */
    private Interval precisionAtKInterval(RankedGroups groups, double exact) {
        int replicates = options.bootstrapReplicates();
        if (replicates == 0) {
            return null;
        }
        double[] pos = groups.positives();
        double[] neg = groups.negatives();
        double shift = exact - precisionAtK(pos, neg);
        double[] values = new double[replicates];
        double[] weightedPos = new double[pos.length];
        double[] weightedNeg = new double[neg.length];
        for (int r = 0; r < replicates; r++) {
            SplittableRandom random = Bootstrap.stream(options.seed(), Bootstrap.RANKING, r);
            for (int g = 0; g < pos.length; g++) {
                weightedPos[g] = PoissonSampler.draw(random, pos[g]);
                weightedNeg[g] = PoissonSampler.draw(random, neg[g]);
            }
            values[r] = precisionAtK(weightedPos, weightedNeg) + shift;
        }
        return Bootstrap.percentile(values, replicates, options.confidenceLevel());
    }

    /** precisionAtK on score groups in descending order, their rows tied; NaN when k is 0. */
    private double precisionAtK(double[] pos, double[] neg) {
        double total = 0;
        double anomalies = 0;
        for (int g = 0; g < pos.length; g++) {
            total += pos[g] + neg[g];
            anomalies += pos[g];
        }
        double k = options.topK() > 0 ? Math.min(options.topK(), total) : anomalies;
        if (k == 0) {
            return Double.NaN;
        }
        double remaining = k;
        double found = 0;
        for (int g = 0; g < pos.length && remaining > 0; g++) {
            double size = pos[g] + neg[g];
            found += size <= remaining ? pos[g] : pos[g] * remaining / size;
            remaining -= Math.min(size, remaining);
        }
        return found / k;
    }

    private static void copy(Map<String, Interval> from, String name, Map<String, Interval> to) {
        Interval interval = from.get(name);
        if (interval != null) {
            to.put(name, interval);
        }
    }

    private double value(String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private void put(String name, double value) {
        metrics.put(name, Double.isFinite(value) ? value : null);
    }

    /** The score ranked with anomalies as positives, and negated with expected rows as positives. */
    private static final class Ranking {
        final RankingSweep anomalies;
        final RankingSweep expected;
        private final double[] anomalyScores;
        private final double[] expectedScores;

        Ranking(double[] anomalyScores, double[] expectedScores) {
            this.anomalies = ScoreRanking.sweep(anomalyScores, expectedScores,
                    ClassificationAccumulator.BOOTSTRAP_BINS);
            this.anomalyScores = anomalyScores; // sorted by the sweep
            this.expectedScores = expectedScores;
            double[] negatedExpected = negated(expectedScores);
            double[] negatedAnomalies = negated(anomalyScores);
            this.expected = ScoreRanking.sweep(negatedExpected, negatedAnomalies,
                    ClassificationAccumulator.BOOTSTRAP_BINS);
        }

        double positivesInTop(long k) {
            return ScoreRanking.positivesInTop(anomalyScores, expectedScores, k);
        }

        private static double[] negated(double[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = -values[i];
            }
            return out;
        }
    }
}

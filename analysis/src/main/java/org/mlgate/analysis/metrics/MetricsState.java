package org.mlgate.analysis.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The door of the partial states ({@code org.mlgate.analysis.partial}) into this package's accumulators: what they
 * hold, as plain values, and the way back into an empty accumulator. The codecs that turn these values into bytes
 * live in the partial package; this class only reads and sets fields, so that a new field is a line here and one in
 * a codec. Per-row arrays (exact AUC's scores, the median's errors) are read and added one value at a time, never
 * copied whole.
 */
public final class MetricsState {
    /** Bootstrap blocks: a row's block is below this. */
    public static final int BLOCKS = Bootstrap.BLOCKS;
    /** Regression keeps this many sums per block and overall (count, error, error^2, |error|, y, y^2). */
    public static final int STATS = RegressionAccumulator.STATS;
    /** Bins of a calibration histogram. */
    public static final int CALIBRATION_BINS = CalibrationHistogram.BINS;

    private MetricsState() {
    }

    /** A double-double sum as its two parts, so that a restored sum adds exactly as the original would. */
    public record Sum(double high, double low) {
        static Sum of(CompensatedSum sum) {
            return new Sum(sum.high, sum.low);
        }

        void into(CompensatedSum sum) {
            sum.high = high;
            sum.low = low;
        }
    }

    /** A calibration histogram: per bin the rows, the events and the sum of probabilities. */
    public record Histogram(long[] count, long[] events, Sum[] probability) {
        static Histogram of(CalibrationHistogram histogram) {
            return new Histogram(histogram.count.clone(), histogram.events.clone(),
                    Arrays.stream(histogram.probability).map(Sum::of).toArray(Sum[]::new));
        }

        void into(CalibrationHistogram histogram) {
            System.arraycopy(count, 0, histogram.count, 0, CALIBRATION_BINS);
            System.arraycopy(events, 0, histogram.events, 0, CALIBRATION_BINS);
            for (int b = 0; b < CALIBRATION_BINS; b++) {
                probability[b].into(histogram.probability[b]);
            }
        }
    }

    /**
     * A classification accumulator's counts (its per-row keys and scores go apart).
     *
     * @param labels the labels in code order; {@code matrix} is as square, rows actual, columns predicted
     */
    public record Classification(List<String> labels, long[][] matrix, long rows, Sum logLoss, Sum[] squaredError,
                                 Histogram[] columnCalibration, Histogram topLabelCalibration,
                                 long rowsWithoutProbabilityColumn, long renormalisedRows, long rowsOutOfRange) {
    }

    /** A regression accumulator's sums ({@code sums} and {@code blocks[b]} have {@link #STATS} entries). */
    public record Regression(long rows, Sum[] sums, Sum percentage, double maxError, double minActual,
                             double maxActual, double minError, double maxSignedError, Sum[][] blocks) {
    }

    /** A regression task's sample for the charts, its arrays as long as the sample. */
    public record Sample(long rows, long cut, long[] priority, long[] index, double[] actual, double[] predicted) {
    }

    public static boolean isClassification(TaskMetrics metrics) {
        return metrics.classification != null;
    }

    public static Classification classification(TaskMetrics metrics) {
        ClassificationAccumulator a = metrics.classification;
        int width = a.width();
        Sum[] squared = new Sum[width];
        Histogram[] columns = new Histogram[width];
        for (int c = 0; c < width; c++) {
            squared[c] = Sum.of(a.squaredError[c]);
            columns[c] = Histogram.of(a.columnCalibration[c]);
        }
        return new Classification(List.copyOf(a.codeLabels()), a.matrix(), a.rows, Sum.of(a.logLoss), squared,
                columns, Histogram.of(a.topLabelCalibration), a.rowsWithoutProbabilityColumn, a.renormalisedRows,
                a.rowsOutOfRange);
    }

    /**
     * Sets the counts of an accumulator that has none yet (its probability labels already coded first, as every
     * accumulator of the same labels codes them).
     */
    public static void restore(TaskMetrics metrics, Classification state) {
        ClassificationAccumulator a = metrics.classification;
        int k = state.labels().size();
        for (int i = 0; i < k; i++) {
            if (a.code(state.labels().get(i)) != i) {
                throw new IllegalArgumentException("an inconsistent value (labels that are not the probability"
                        + " labels followed by distinct others)");
            }
        }
        for (int i = 0; i < k; i++) {
            System.arraycopy(state.matrix()[i], 0, a.matrix[i], 0, k);
        }
        a.rows = state.rows();
        state.logLoss().into(a.logLoss);
        for (int c = 0; c < a.width(); c++) {
            state.squaredError()[c].into(a.squaredError[c]);
            state.columnCalibration()[c].into(a.columnCalibration[c]);
        }
        state.topLabelCalibration().into(a.topLabelCalibration);
        a.rowsWithoutProbabilityColumn = state.rowsWithoutProbabilityColumn();
        a.renormalisedRows = state.renormalisedRows();
        a.rowsOutOfRange = state.rowsOutOfRange();
    }

    /** The probability labels of a classification accumulator (its first codes). */
    public static List<String> probabilityLabels(TaskMetrics metrics) {
        return metrics.classification.probabilityLabels();
    }

    /** Rows whose label code, bootstrap block and probabilities are kept (exact AUC). */
    public static long keptRows(TaskMetrics metrics) {
        return metrics.classification.rowKeys().size();
    }

    /** Row {@code row}'s actual label code, in the order of {@link Classification#labels()}. */
    public static int rowCode(TaskMetrics metrics, long row) {
        return metrics.classification.rowKeys().code(row);
    }

    public static int rowBlock(TaskMetrics metrics, long row) {
        return metrics.classification.rowKeys().block(row);
    }

    /** Probability {@code i} of the kept rows, row after row, each row's in probability-label order. */
    public static double score(TaskMetrics metrics, long i) {
        return metrics.classification.probabilityValues().get(i);
    }

    /** Adds a kept row to a restored accumulator; {@code code} indexes its restored labels. */
    public static void addKeptRow(TaskMetrics metrics, int code, int block, double[] probabilities) {
        ClassificationAccumulator a = metrics.classification;
        a.rowKeys().add(code, block);
        for (double p : probabilities) {
            a.probabilityValues().add(p);
        }
    }

    public static Regression regression(TaskMetrics metrics) {
        RegressionAccumulator r = metrics.regression;
        Sum[][] blocks = new Sum[BLOCKS][];
        for (int b = 0; b < BLOCKS; b++) {
            blocks[b] = Arrays.stream(r.blocks[b]).map(Sum::of).toArray(Sum[]::new);
        }
        return new Regression(r.rows, Arrays.stream(r.sums).map(Sum::of).toArray(Sum[]::new),
                Sum.of(r.percentage), r.maxError, r.minActual, r.maxActual, r.minError, r.maxSignedError, blocks);
    }

    public static void restore(TaskMetrics metrics, Regression state) {
        RegressionAccumulator r = metrics.regression;
        r.rows = state.rows();
        for (int s = 0; s < STATS; s++) {
            state.sums()[s].into(r.sums[s]);
            for (int b = 0; b < BLOCKS; b++) {
                state.blocks()[b][s].into(r.blocks[b][s]);
            }
        }
        state.percentage().into(r.percentage);
        r.maxError = state.maxError();
        r.minActual = state.minActual();
        r.maxActual = state.maxActual();
        r.minError = state.minError();
        r.maxSignedError = state.maxSignedError();
    }

    /** Rows whose absolute error is kept (the exact median); 0 for an accumulator of a slice. */
    public static long keptErrors(TaskMetrics metrics) {
        return metrics.regression.keepRows ? metrics.regression.absoluteErrors.size() : 0;
    }

    public static double absoluteError(TaskMetrics metrics, long row) {
        return metrics.regression.absoluteErrors.get(row);
    }

    public static void addAbsoluteError(TaskMetrics metrics, double error) {
        metrics.regression.absoluteErrors.add(error);
    }

    /** True when the sample keeps rows (regression). */
    public static boolean sampling(PredictionSample sample) {
        return sample.active;
    }

    /** The most rows a sample keeps for good; it holds up to twice as many between two cuts. */
    public static int capacity(PredictionSample sample) {
        return sample.capacity;
    }

    public static Sample sample(PredictionSample sample) {
        int n = sample.size;
        return new Sample(sample.rows, sample.cut, Arrays.copyOf(sample.priority, n), Arrays.copyOf(sample.index, n),
                Arrays.copyOf(sample.actual, n), Arrays.copyOf(sample.predicted, n));
    }

    /** Sets the rows of an empty sample; the sample's cut joins the hint its forks share. */
    public static void restore(PredictionSample sample, Sample state) {
        sample.rows = state.rows();
        sample.priority = state.priority().clone();
        sample.index = state.index().clone();
        sample.actual = state.actual().clone();
        sample.predicted = state.predicted().clone();
        sample.size = state.priority().length;
        sample.cut = state.cut();
        sample.sharedCut.accumulateAndGet(state.cut(), Math::min);
    }
}

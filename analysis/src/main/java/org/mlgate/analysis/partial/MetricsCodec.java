package org.mlgate.analysis.partial;

import java.util.List;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.metrics.MetricsState;
import org.mlgate.analysis.metrics.MetricsState.Classification;
import org.mlgate.analysis.metrics.MetricsState.Histogram;
import org.mlgate.analysis.metrics.MetricsState.Regression;
import org.mlgate.analysis.metrics.MetricsState.Sum;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * The overall metrics ({@link TaskMetrics}): the counts and sums, then the per-row values that exact AUC and the
 * exact median need: per kept row its label code, bootstrap block and probabilities (classification with
 * probabilities), or its absolute error (regression). The counts alone also serve each slice of the slice metrics.
 */
final class MetricsCodec implements PartCodec<TaskMetrics> {

    @Override
    public Class<TaskMetrics> type() {
        return TaskMetrics.class;
    }

    @Override
    public String section() {
        return "metrics";
    }

    @Override
    public void write(TaskMetrics metrics, StateOutput out, PartContext context) {
        writeCounts(metrics, out);
        if (MetricsState.isClassification(metrics)) {
            int width = MetricsState.probabilityLabels(metrics).size();
            long kept = MetricsState.keptRows(metrics);
            out.writeLong(kept);
            for (long r = 0; r < kept; r++) {
                out.writeInt(MetricsState.rowCode(metrics, r));
                out.writeInt(MetricsState.rowBlock(metrics, r));
                for (int c = 0; c < width; c++) {
                    out.writeDouble(MetricsState.score(metrics, r * width + c));
                }
            }
        } else {
            long kept = MetricsState.keptErrors(metrics);
            out.writeLong(kept);
            for (long r = 0; r < kept; r++) {
                out.writeDouble(MetricsState.absoluteError(metrics, r));
            }
        }
    }

    @Override
    public void read(StateInput in, TaskMetrics target, PartContext context) {
        long rows = readCounts(in, target, context.shared());
        long bound = Math.min(rows, context.rowBound());
        if (MetricsState.isClassification(target)) {
            int width = context.shared().probabilityLabels().size();
            int labels = MetricsState.classification(target).labels().size();
            long kept = in.readLong("rows with probabilities", 0, width == 0 ? 0 : bound);
            requireBytes(in, kept, 8 + 8L * width, "rows with probabilities");
            if (width > 0 && kept != rows) {
                throw StateRejection.damaged("its metrics keep " + kept + " rows' probabilities for " + rows + " rows");
            }
            double[] probabilities = new double[width];
            for (long r = 0; r < kept; r++) {
                int code = in.readInt("a row's label code", 0, labels - 1);
                int block = in.readInt("a row's bootstrap block", 0, MetricsState.BLOCKS - 1);
                for (int c = 0; c < width; c++) {
                    probabilities[c] = in.readFinite("a probability");
                }
                MetricsState.addKeptRow(target, code, block, probabilities);
            }
        } else {
            long kept = in.readLong("rows with errors", 0, bound);
            requireBytes(in, kept, 8, "absolute errors");
            if (kept != rows) {
                throw StateRejection.damaged("its metrics keep " + kept + " absolute errors for " + rows + " rows");
            }
            for (long r = 0; r < kept; r++) {
                MetricsState.addAbsoluteError(target, in.readFinite("an absolute error"));
            }
        }
    }

    private static void requireBytes(StateInput in, long items, long bytesEach, String what) {
        if (items > in.remaining() / bytesEach) {
            throw StateRejection.damaged("it declares " + items + " " + what + ", more than its remaining "
                    + in.remaining() + " bytes hold");
        }
    }

    /** Writes the counts and sums of any accumulator, a slice's too (no per-row values). */
    static void writeCounts(TaskMetrics metrics, StateOutput out) {
        boolean classification = MetricsState.isClassification(metrics);
        out.writeBoolean(classification);
        if (classification) {
            Classification c = MetricsState.classification(metrics);
            out.writeStrings(c.labels());
            for (long[] row : c.matrix()) {
                for (long count : row) {
                    out.writeLong(count);
                }
            }
            out.writeLong(c.rows());
            write(c.logLoss(), out);
            for (Sum sum : c.squaredError()) {
                write(sum, out);
            }
            for (Histogram histogram : c.columnCalibration()) {
                write(histogram, out);
            }
            write(c.topLabelCalibration(), out);
            out.writeLong(c.rowsWithoutProbabilityColumn());
            out.writeLong(c.renormalisedRows());
            out.writeLong(c.rowsOutOfRange());
        } else {
            Regression r = MetricsState.regression(metrics);
            out.writeLong(r.rows());
            for (Sum sum : r.sums()) {
                write(sum, out);
            }
            write(r.percentage(), out);
            out.writeDouble(r.maxError());
            out.writeDouble(r.minActual());
            out.writeDouble(r.maxActual());
            out.writeDouble(r.minError());
            out.writeDouble(r.maxSignedError());
            for (Sum[] block : r.blocks()) {
                for (Sum sum : block) {
                    write(sum, out);
                }
            }
        }
    }

    /** Reads counts written by {@link #writeCounts} into an empty accumulator; returns its rows. */
    static long readCounts(StateInput in, TaskMetrics target, StateHeader.Shared shared) {
        boolean classification = in.readBoolean();
        if (classification != (shared.task() == Task.CLASSIFICATION)) {
            throw StateRejection.damaged("its metrics are of another task than its header's");
        }
        return classification ? readClassification(in, target, shared) : readRegression(in, target);
    }

    private static long readClassification(StateInput in, TaskMetrics target, StateHeader.Shared shared) {
        List<String> labels = in.readStrings("labels", shared.maxClasses());
        int k = labels.size();
        requireBytes(in, (long) k * k, 8, "confusion counts");
        long[][] matrix = new long[k][k];
        for (long[] row : matrix) {
            for (int j = 0; j < k; j++) {
                row[j] = in.readLong("a confusion count", 0, Long.MAX_VALUE);
            }
        }
        long rows = in.readLong("rows", 0, Long.MAX_VALUE);
        Sum logLoss = readSum(in);
        int width = shared.probabilityLabels().size();
        Sum[] squared = new Sum[width];
        for (int c = 0; c < width; c++) {
            squared[c] = readSum(in);
        }
        Histogram[] columns = new Histogram[width];
        for (int c = 0; c < width; c++) {
            columns[c] = readHistogram(in);
        }
        Histogram top = readHistogram(in);
        Classification state = new Classification(labels, matrix, rows, logLoss, squared, columns, top,
                in.readLong("rows without a probability column", 0, rows), in.readLong("renormalised rows", 0, rows),
                in.readLong("rows out of range", 0, rows));
        try {
            MetricsState.restore(target, state);
        } catch (IllegalArgumentException e) {
            throw StateRejection.damaged("its metrics have " + e.getMessage());
        }
        return rows;
    }

    private static long readRegression(StateInput in, TaskMetrics target) {
        long rows = in.readLong("rows", 0, Long.MAX_VALUE);
        Sum[] sums = new Sum[MetricsState.STATS];
        for (int s = 0; s < sums.length; s++) {
            sums[s] = readSum(in);
        }
        Sum percentage = readSum(in);
        double maxError = in.readDouble();
        double minActual = in.readDouble();
        double maxActual = in.readDouble();
        double minError = in.readDouble();
        double maxSignedError = in.readDouble();
        requireBytes(in, (long) MetricsState.BLOCKS * MetricsState.STATS, 16, "bootstrap sums");
        Sum[][] blocks = new Sum[MetricsState.BLOCKS][MetricsState.STATS];
        for (Sum[] block : blocks) {
            for (int s = 0; s < block.length; s++) {
                block[s] = readSum(in);
            }
        }
        MetricsState.restore(target, new Regression(rows, sums, percentage, maxError, minActual, maxActual,
                minError, maxSignedError, blocks));
        return rows;
    }

    private static void write(Sum sum, StateOutput out) {
        out.writeDouble(sum.high());
        out.writeDouble(sum.low());
    }

    private static Sum readSum(StateInput in) {
        return new Sum(in.readDouble(), in.readDouble());
    }

    private static void write(Histogram histogram, StateOutput out) {
        for (int b = 0; b < MetricsState.CALIBRATION_BINS; b++) {
            out.writeLong(histogram.count()[b]);
            out.writeLong(histogram.events()[b]);
            write(histogram.probability()[b], out);
        }
    }

    private static Histogram readHistogram(StateInput in) {
        int bins = MetricsState.CALIBRATION_BINS;
        long[] count = new long[bins];
        long[] events = new long[bins];
        Sum[] probability = new Sum[bins];
        for (int b = 0; b < bins; b++) {
            count[b] = in.readLong("a calibration count", 0, Long.MAX_VALUE);
            events[b] = in.readLong("calibration events", 0, count[b]);
            probability[b] = readSum(in);
        }
        return new Histogram(count, events, probability);
    }
}

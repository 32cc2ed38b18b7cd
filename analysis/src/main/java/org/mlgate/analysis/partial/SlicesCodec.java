package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.errors.ErrorsState;
import org.mlgate.analysis.errors.ErrorsState.Binning;
import org.mlgate.analysis.errors.ErrorsState.LevelSlice;
import org.mlgate.analysis.errors.SliceMetrics;
import org.mlgate.analysis.metrics.TaskMetrics;

/**
 * The slice metrics ({@link SliceMetrics}): every slice column's binning (none once dropped), then per live column
 * each level's counts and the level of every row (2 bytes a row), by which a slice finds its rows' scores in the
 * overall metrics.
 */
final class SlicesCodec implements PartCodec<SliceMetrics> {

    @Override
    public Class<SliceMetrics> type() {
        return SliceMetrics.class;
    }

    @Override
    public String section() {
        return "slices";
    }

    @Override
    public void write(SliceMetrics metrics, StateOutput out, PartContext context) {
        List<Binning> binnings = ErrorsState.sliceBinnings(metrics);
        out.writeInt(binnings.size());
        for (Binning binning : binnings) {
            out.writeBoolean(binning != null);
            if (binning != null) {
                ErrorsCodec.write(binning, out);
            }
        }
        for (int c = 0; c < binnings.size(); c++) {
            if (binnings.get(c) == null) {
                continue; // a dropped column's counts are read by nothing
            }
            List<LevelSlice> slices = ErrorsState.slices(metrics, c);
            out.writeInt(slices.size());
            for (LevelSlice slice : slices) {
                out.writeInt(slice.level());
                out.writeLong(slice.rows());
                MetricsCodec.writeCounts(slice.metrics(), out);
            }
            int rows = ErrorsState.levelRows(metrics, c);
            out.writeInt(rows);
            for (int r = 0; r < rows; r++) {
                out.writeShort(ErrorsState.level(metrics, c, r));
            }
        }
    }

    @Override
    public void read(StateInput in, SliceMetrics target, PartContext context) {
        StateHeader.Shared shared = context.shared();
        int columns = in.readCount("slice columns", shared.sliceColumns().size(), 1);
        if (columns != shared.sliceColumns().size()) {
            throw StateRejection.damaged("it has " + columns + " slice columns where its header names "
                    + shared.sliceColumns().size());
        }
        List<Binning> binnings = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            binnings.add(in.readBoolean() ? ErrorsCodec.readBinning(in, shared) : null);
        }
        try {
            ErrorsState.restoreBinnings(target, binnings);
            for (int c = 0; c < columns; c++) {
                if (binnings.get(c) != null) {
                    readColumn(in, target, c, binnings.get(c).capacity(), context);
                }
            }
        } catch (IllegalArgumentException e) {
            throw StateRejection.damaged("its slice metrics have " + e.getMessage());
        }
    }

    private static void readColumn(StateInput in, SliceMetrics target, int column, int capacity,
                                   PartContext context) {
        int count = in.readCount("slices of a column", capacity, 13);
        long[] rowsOfLevel = new long[capacity];
        long total = 0;
        for (int i = 0; i < count; i++) {
            int level = in.readInt("a slice's level", 0, capacity - 1);
            long rows = in.readLong("a slice's rows", 1, context.rowBound());
            TaskMetrics metrics = ErrorsState.addSlice(target, column, level, rows);
            if (MetricsCodec.readCounts(in, metrics, context.shared()) != rows) {
                throw StateRejection.damaged("a slice's metrics count other rows than the slice");
            }
            rowsOfLevel[level] = rows;
            total += rows;
        }
        int rows = in.readCount("rows of a slice column", context.rowBound(), 2);
        if (rows != total) {
            throw StateRejection.damaged("a slice column levels " + rows + " rows but its slices hold " + total);
        }
        for (int r = 0; r < rows; r++) {
            int level = in.readShort();
            ErrorsState.addLevel(target, column, level);
            if (--rowsOfLevel[level] < 0) {
                throw StateRejection.damaged("a slice column has more rows at level " + level + " than its slice");
            }
        }
    }
}

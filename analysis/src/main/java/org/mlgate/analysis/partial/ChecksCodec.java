package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.checks.ChecksState;
import org.mlgate.analysis.checks.ChecksState.Counts;
import org.mlgate.analysis.checks.ChecksState.Example;
import org.mlgate.analysis.checks.ChecksState.Monotonic;
import org.mlgate.analysis.checks.ChecksState.SampledRow;
import org.mlgate.analysis.checks.ChecksState.Table;
import org.mlgate.analysis.checks.DataChecks;

/**
 * The data checks ({@link DataChecks}): per-column counts, classes, times, groups, the row sample, and the row
 * hashes: a template's table of distinct hashes, or a partition's log of every row's hash and line in order (the
 * merger replays it into the table, so that a row repeats an earlier one across partitions as in one pass), with the
 * cells of the rows the partition can tell are repeats, for the duplicate examples.
 */
final class ChecksCodec implements PartCodec<DataChecks> {
    /** A preview holds the first few columns and the label. */
    private static final int MAX_PREVIEW_CELLS = 64;

    @Override
    public Class<DataChecks> type() {
        return DataChecks.class;
    }

    @Override
    public String section() {
        return "checks";
    }

    @Override
    public void write(DataChecks checks, StateOutput out, PartContext context) {
        Counts c = ChecksState.counts(checks);
        out.writeLongs(c.outside());
        out.writeLongs(c.checked());
        out.writeLong(c.predicted());
        out.writeLong(c.correct());
        out.writeInt(c.labelCounts().size());
        c.labelCounts().forEach((label, count) -> {
            out.writeString(label);
            out.writeLong(count);
        });
        for (Monotonic m : c.monotonic()) {
            out.writeBoolean(m.numeric());
            out.writeBoolean(m.increasing());
            out.writeBoolean(m.decreasing());
            out.writeDouble(m.first());
            out.writeDouble(m.last());
            out.writeLong(m.count());
        }
        out.writeByte(c.dates() == null ? 0 : c.dates() ? 2 : 1);
        out.writeDoubles(c.times());
        out.writeLongs(c.groupKeys());
        out.writeInts(c.groupCounts());
        out.writeLong(c.sampleCut());
        out.writeInt(c.sample().size());
        for (SampledRow row : c.sample()) {
            out.writeLong(row.priority());
            out.writeLong(row.index());
            for (String cell : row.cells()) {
                out.writeString(cell);
            }
            out.writeString(row.label());
            out.writeDouble(row.value());
        }
        boolean fork = ChecksState.logsHashes(checks);
        out.writeBoolean(fork);
        if (fork) {
            writeLog(checks, out, context);
        } else {
            writeTable(ChecksState.table(checks), out);
        }
    }

    private static void writeLog(DataChecks fork, StateOutput out, PartContext context) {
        int n = ChecksState.loggedRows(fork);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeLong(ChecksState.loggedHash(fork, i));
            out.writeLong(ChecksState.loggedLine(fork, i));
        }
        Map<Integer, Map<String, String>> previews = ChecksState.repeatPreviews(fork, context.inTemplate(),
                ChecksState.maxExamples());
        out.writeInt(previews.size());
        previews.forEach((position, preview) -> {
            out.writeInt(position);
            writePreview(preview, out);
        });
    }

    private static void writeTable(Table table, StateOutput out) {
        out.writeLong(table.rows());
        out.writeInt(table.sampleBits());
        out.writeLong(table.sampledRows());
        out.writeLongs(table.keys());
        out.writeInts(table.counts());
        out.writeInt(table.examples().size());
        for (Example example : table.examples()) {
            out.writeLong(example.line());
            writePreview(example.row(), out);
        }
    }

    static void writePreview(Map<String, String> preview, StateOutput out) {
        out.writeInt(preview.size());
        preview.forEach((column, cell) -> {
            out.writeString(column);
            out.writeString(cell);
        });
    }

    static Map<String, String> readPreview(StateInput in) {
        int n = in.readCount("cells of a duplicate row", MAX_PREVIEW_CELLS, 8);
        Map<String, String> preview = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            preview.put(in.readText("column"), in.readString());
        }
        return preview;
    }

    @Override
    public void read(StateInput in, DataChecks target, PartContext context) {
        StateHeader.Shared shared = context.shared();
        int columns = shared.featureColumns().size();
        long rows = context.rowBound();
        long[] outside = in.readLongs("out-of-range counts", columns);
        long[] checked = in.readLongs("checked counts", columns);
        long predicted = in.readLong("predicted rows", 0, rows);
        long correct = in.readLong("correct rows", 0, predicted);
        int labels = in.readCount("labels", shared.maxClasses(), 12);
        Map<String, Long> labelCounts = new LinkedHashMap<>();
        for (int i = 0; i < labels; i++) {
            labelCounts.put(in.readText("label"), in.readLong("a label's rows", 1, rows));
        }
        if ((long) columns * 27 > in.remaining()) {
            throw StateRejection.damaged("its checks end before the counts of its " + columns + " columns");
        }
        List<Monotonic> monotonic = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            monotonic.add(new Monotonic(in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readDouble(),
                    in.readDouble(), in.readLong("a column's ordered rows", 0, rows)));
        }
        int kind = in.readByte();
        if (kind > 2) {
            throw StateRejection.damaged("its checks name time kind " + kind);
        }
        Boolean dates = kind == 0 ? null : kind == 2;
        double[] times = in.readDoubles("times", rows);
        long[] groupKeys = in.readLongs("groups", rows);
        int[] groupCounts = in.readInts("group counts", rows);
        long sampleCut = in.readLong();
        int sampleCapacity = ChecksState.sampleCapacity(target);
        int rowBytes = (int) Math.min(Integer.MAX_VALUE, 28L + 4L * columns); // the least a sampled row takes
        int sampled = in.readCount("sampled rows", 2L * sampleCapacity - 1, rowBytes);
        List<SampledRow> sample = new ArrayList<>(sampled);
        for (int i = 0; i < sampled; i++) {
            long priority = in.readLong();
            long index = in.readLong("a sampled row's index", 0, Long.MAX_VALUE);
            String[] cells = new String[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = in.readString();
            }
            sample.add(new SampledRow(priority, index, cells, in.readString(), in.readDouble()));
        }
        try {
            ChecksState.restore(target, new Counts(outside, checked, predicted, correct, labelCounts, monotonic, dates,
                    times, groupKeys, groupCounts, sampleCut, sample));
            boolean fork = in.readBoolean();
            if (fork != ChecksState.logsHashes(target)) {
                throw StateRejection.damaged("its checks hold " + (fork ? "a partition's log" : "a template's table")
                        + " where " + (fork ? "a template's table" : "a partition's log") + " belongs");
            }
            if (fork) {
                readLog(in, target, context);
            } else {
                readTable(in, target, rows);
            }
        } catch (IllegalArgumentException e) {
            throw StateRejection.damaged("its checks have " + e.getMessage());
        }
    }

    private static void readLog(StateInput in, DataChecks target, PartContext context) {
        int n = in.readCount("logged rows", context.rowBound(), 16);
        long[] hashes = new long[n];
        long[] lines = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = in.readLong();
            lines[i] = in.readLong("a logged row's line", 0, Long.MAX_VALUE);
        }
        int previews = in.readCount("duplicate previews", ChecksState.maxExamples(), 8);
        Map<Integer, Map<String, String>> stored = new LinkedHashMap<>();
        for (int i = 0; i < previews; i++) {
            stored.put(in.readInt("a duplicate's position", 0, Math.max(0, n - 1)), readPreview(in));
        }
        ChecksState.restoreLog(target, hashes, lines, i -> context.previews().of(lines[i], stored.get(i)));
    }

    private static void readTable(StateInput in, DataChecks target, long rows) {
        long tableRows = in.readLong("hashed rows", 0, rows);
        int bits = in.readInt("sample bits", 0, 63);
        long sampledRows = in.readLong("sampled rows", 0, tableRows);
        long[] keys = in.readLongs("row hashes", Math.min(rows, Integer.MAX_VALUE - 8));
        int[] counts = in.readInts("row hash counts", keys.length);
        int n = in.readCount("duplicate examples", ChecksState.maxExamples(), 12);
        List<Example> examples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            examples.add(new Example(in.readLong("a duplicate's line", 0, Long.MAX_VALUE), readPreview(in)));
        }
        ChecksState.restore(target, new Table(tableRows, bits, sampledRows, keys, counts, examples));
    }
}

package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.mlgate.analysis.data.ScoredRow;

/**
 * The door of the partial states ({@code org.mlgate.analysis.partial}) into the data checks: what a
 * {@link DataChecks} holds, as plain values, and the way back into an empty instance. The first instance of a pass
 * (a template) keeps its rows' hashes in a table; its forks log them in row order, and a fork's log is only replayed
 * into the table when it is merged, so that "repeats an earlier row" keeps its meaning across partitions. The codecs
 * live in the partial package; this class only reads and sets fields, and throws IllegalArgumentException when a
 * value breaks an invariant of them.
 */
public final class ChecksState {

    private ChecksState() {
    }

    /** One column's streak of strictly rising or falling numbers (see {@code MonotonicColumn}). */
    public record Monotonic(boolean numeric, boolean increasing, boolean decreasing, double first, double last,
                            long count) {
    }

    /** A row of the column checks' sample: its priority (hashed index), index, cells and label. */
    public record SampledRow(long priority, long index, String[] cells, String label, double value) {
    }

    /**
     * Everything but the row hashes: per-column counts, class counts in order of first occurrence, the times (and
     * whether they are dates), the groups' hashes and counts, and the sample.
     */
    public record Counts(long[] outside, long[] checked, long predicted, long correct, Map<String, Long> labelCounts,
                         List<Monotonic> monotonic, Boolean dates, double[] times, long[] groupKeys,
                         int[] groupCounts, long sampleCut, List<SampledRow> sample) {
    }

    /** A template's table of row hashes: distinct hashes with their counts, and the first duplicates' examples. */
    public record Table(long rows, int sampleBits, long sampledRows, long[] keys, int[] counts,
                        List<Example> examples) {
    }

    /** An example of a duplicate row: its line and the preview of its cells. */
    public record Example(long line, Map<String, String> row) {
    }

    /** True for a fork, which logs its rows' hashes; false for a template, which counts them in a table. */
    public static boolean logsHashes(DataChecks checks) {
        return checks.hashLog != null;
    }

    /** The most rows the sample of a table of this many columns keeps (twice as many between two cuts). */
    public static int sampleCapacity(DataChecks checks) {
        return checks.sample().capacity;
    }

    public static Counts counts(DataChecks checks) {
        List<Monotonic> monotonic = new ArrayList<>();
        for (int c = 0; c < checks.featureColumns().size(); c++) {
            MonotonicColumn m = checks.monotonic(c);
            monotonic.add(new Monotonic(m.numeric, m.increasing, m.decreasing, m.first, m.last, m.count));
        }
        TimeValues t = checks.times();
        List<Long> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        checks.groups().forEachEntry((key, count, marks) -> {
            keys.add(key);
            counts.add(count);
        });
        RowSample s = checks.sample();
        List<SampledRow> sample = s.candidates.stream()
                .map(r -> new SampledRow(r.priority(), r.index(), r.cells(), r.label(), r.value())).toList();
        return new Counts(checks.outside.clone(), checks.checked.clone(), checks.predicted, checks.correct,
                new LinkedHashMap<>(checks.labelCounts()), monotonic,
                t.kind == null ? null : t.kind == TimeCells.Kind.DATE, java.util.Arrays.copyOf(t.values, t.size),
                keys.stream().mapToLong(Long::longValue).toArray(),
                counts.stream().mapToInt(Integer::intValue).toArray(), s.cut, sample);
    }

    /** Sets the counts of an instance that has counted nothing. */
    public static void restore(DataChecks checks, Counts state) {
        int columns = checks.featureColumns().size();
        require(state.outside().length == columns && state.checked().length == columns
                && state.monotonic().size() == columns, "one count per column");
        require(checks.predicted == 0 && checks.labelCounts().isEmpty(), "an instance without rows");
        System.arraycopy(state.outside(), 0, checks.outside, 0, columns);
        System.arraycopy(state.checked(), 0, checks.checked, 0, columns);
        checks.predicted = state.predicted();
        checks.correct = state.correct();
        checks.labelCounts().putAll(state.labelCounts());
        for (int c = 0; c < columns; c++) {
            Monotonic from = state.monotonic().get(c);
            MonotonicColumn m = checks.monotonic(c);
            m.numeric = from.numeric();
            m.increasing = from.increasing();
            m.decreasing = from.decreasing();
            m.first = from.first();
            m.last = from.last();
            m.count = from.count();
        }
        TimeValues t = checks.times();
        t.kind = state.dates() == null ? null : state.dates() ? TimeCells.Kind.DATE : TimeCells.Kind.NUMBER;
        require(t.kind != null || state.times().length == 0, "times of no kind");
        t.values = java.util.Arrays.copyOf(state.times(), Math.max(64, state.times().length));
        t.size = state.times().length;
        require(state.groupKeys().length == state.groupCounts().length, "group counts");
        for (int g = 0; g < state.groupKeys().length; g++) {
            int count = state.groupCounts()[g];
            require(count > 0 && checks.groups().add(state.groupKeys()[g], count) == 0, "distinct groups");
        }
        RowSample s = checks.sample();
        require(state.sample().size() < 2 * s.capacity, "the row sample");
        for (SampledRow r : state.sample()) {
            require(r.cells().length == columns && r.priority() <= state.sampleCut(), "sampled rows");
            s.candidates.add(new RowSample.Row(r.priority(), r.index(), r.cells(), r.label(), r.value()));
        }
        s.cut = state.sampleCut();
        s.sharedCut.accumulateAndGet(state.sampleCut(), Math::min);
    }

    /** A template's table of row hashes. */
    public static Table table(DataChecks checks) {
        RowHashes h = checks.rowHashes();
        List<Long> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        h.table().forEachEntry((key, count, marks) -> {
            keys.add(key);
            counts.add(count);
        });
        List<Example> examples = new ArrayList<>();
        for (Map<String, Object> e : h.duplicateExamples()) {
            @SuppressWarnings("unchecked")
            Map<String, String> row = (Map<String, String>) e.get("row");
            examples.add(new Example((Long) e.get("line"), row));
        }
        return new Table(h.rows, h.sampleBits, h.sampledRows, keys.stream().mapToLong(Long::longValue).toArray(),
                counts.stream().mapToInt(Integer::intValue).toArray(), examples);
    }

    /** Sets a template's table of row hashes, which must be empty. */
    public static void restore(DataChecks checks, Table state) {
        RowHashes h = checks.rowHashes();
        require(h != null && h.rows == 0, "a template without rows");
        require(state.keys().length == state.counts().length && state.keys().length <= RowHashes.MAX_DISTINCT + 1L
                && state.sampleBits() >= 0 && state.sampleBits() < 64
                && state.examples().size() <= RowHashes.MAX_EXAMPLES, "the table of row hashes");
        for (int i = 0; i < state.keys().length; i++) {
            require(state.counts()[i] > 0 && RowHashes.inSample(state.keys()[i], state.sampleBits())
                    && h.table().add(state.keys()[i], state.counts()[i]) == 0, "distinct row hashes in the sample");
        }
        h.rows = state.rows();
        h.sampleBits = state.sampleBits();
        h.sampledRows = state.sampledRows();
        for (Example e : state.examples()) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("line", e.line());
            example.put("row", e.row());
            h.duplicateExamples().add(example);
        }
    }

    /** How many rows a fork has logged. */
    public static int loggedRows(DataChecks fork) {
        return fork.hashLog.size;
    }

    public static long loggedHash(DataChecks fork, int row) {
        return fork.hashLog.hashes[row];
    }

    public static long loggedLine(DataChecks fork, int row) {
        return fork.hashLog.lines[row];
    }

    /**
     * The previews of the first {@code max} logged rows of a fork that repeat an earlier row of the fork or a row that
     * {@code earlier} holds (the template's), by position in the log: the rows that certainly repeat an earlier row,
     * and so may be duplicate examples (whether a row repeats one of another partition is known only when the
     * states are merged).
     */
    public static Map<Integer, Map<String, String>> repeatPreviews(DataChecks fork, LongPredicate earlier, int max) {
        Map<Integer, Map<String, String>> previews = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        HashLog log = fork.hashLog;
        for (int i = 0; i < log.size && previews.size() < max; i++) {
            long hash = log.hashes[i];
            if (!seen.add(hash) || earlier.test(hash)) {
                previews.put(i, log.previews[i].get());
            }
        }
        return previews;
    }

    /** The distinct row hashes of a template's table, sorted. */
    public static long[] rowHashes(DataChecks template) {
        List<Long> keys = new ArrayList<>();
        template.rowHashes().table().forEachKey(keys::add);
        return keys.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The most duplicate examples the check shows. */
    public static int maxExamples() {
        return RowHashes.MAX_EXAMPLES;
    }

    /** Sets the log of a fork that has logged nothing; {@code previews} gives each row's preview when asked. */
    public static void restoreLog(DataChecks fork, long[] hashes, long[] lines,
                                  IntFunction<Supplier<Map<String, String>>> previews) {
        require(fork.hashLog != null && fork.hashLog.size == 0 && hashes.length == lines.length, "a fork's log");
        for (int i = 0; i < hashes.length; i++) {
            fork.hashLog.add(hashes[i], lines[i], previews.apply(i));
        }
    }

    /** The cells of a row as a duplicate example shows them (the first columns and the label). */
    public static Map<String, String> preview(DataChecks checks, ScoredRow row) {
        return checks.preview(row);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("an inconsistent value (" + what + ")");
        }
    }
}

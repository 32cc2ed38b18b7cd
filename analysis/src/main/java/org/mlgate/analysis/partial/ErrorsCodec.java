package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.errors.ConfidentMistake;
import org.mlgate.analysis.errors.ErrorAnalyzer;
import org.mlgate.analysis.errors.ErrorsState;
import org.mlgate.analysis.errors.ErrorsState.Analyzer;
import org.mlgate.analysis.errors.ErrorsState.Bins;
import org.mlgate.analysis.errors.ErrorsState.Binning;
import org.mlgate.analysis.errors.ErrorsState.Choice;
import org.mlgate.analysis.errors.ErrorsState.ConfusionCell;
import org.mlgate.analysis.errors.ErrorsState.Counts;
import org.mlgate.analysis.errors.ErrorsState.Feed;
import org.mlgate.analysis.errors.ErrorsState.PairExample;
import org.mlgate.analysis.errors.ErrorsState.Quantiles;
import org.mlgate.analysis.errors.ErrorsState.Ranked;
import org.mlgate.analysis.errors.LargestResidual;
import org.mlgate.analysis.errors.SliceError;

/**
 * The error analysis ({@link ErrorAnalyzer}): confusion pairs with their examples, confident mistakes, largest
 * residuals, the residual quantiles, and weak-slice discovery's fixed bins with their counters (and, in regression,
 * how the error the slices count was chosen).
 */
final class ErrorsCodec implements PartCodec<ErrorAnalyzer> {
    /** Quantile buckets: the logarithm of the range of doubles at 1% steps stays far below this. */
    private static final int MAX_BUCKETS = 200_000;
    /** Edges of a numeric column: its bins' and at most six tails'. */
    private static final int TAIL_EDGES = 6;

    @Override
    public Class<ErrorAnalyzer> type() {
        return ErrorAnalyzer.class;
    }

    @Override
    public String section() {
        return "errors";
    }

    @Override
    public void write(ErrorAnalyzer analyzer, StateOutput out, PartContext context) {
        Analyzer a = ErrorsState.analyzer(analyzer);
        out.writeLong(a.rows());
        out.writeLong(a.mistakesWithoutConfidence());
        out.writeLong(a.confusionErrors());
        out.writeInt(a.confusion().size());
        for (ConfusionCell cell : a.confusion()) {
            out.writeString(cell.actual());
            out.writeString(cell.predicted());
            out.writeLong(cell.count());
            out.writeDouble(cell.confidenceSum());
            out.writeLong(cell.confidenceCount());
            out.writeInt(cell.examples().size());
            for (PairExample example : cell.examples()) {
                out.writeLong(example.index());
                boolean line = example.name() instanceof Long;
                out.writeBoolean(line);
                if (line) {
                    out.writeLong((Long) example.name());
                } else {
                    out.writeString((String) example.name());
                }
            }
        }
        out.writeInt(a.confident().size());
        for (Ranked<ConfidentMistake> r : a.confident()) {
            out.writeDouble(r.score());
            out.writeLong(r.index());
            ConfidentMistake m = r.item();
            out.writeLong(m.row());
            out.writeString(m.id());
            out.writeString(m.actual());
            out.writeString(m.predicted());
            out.writeDouble(m.probability());
            writeCells(m.features(), out);
        }
        out.writeInt(a.residuals().size());
        for (Ranked<LargestResidual> r : a.residuals()) {
            out.writeDouble(r.score());
            out.writeLong(r.index());
            LargestResidual l = r.item();
            out.writeLong(l.row());
            out.writeString(l.id());
            out.writeDouble(l.actual());
            out.writeDouble(l.predicted());
            out.writeDouble(l.residual());
            writeCells(l.features(), out);
        }
        write(a.quantiles(), out);
        if (a.bins() != null) {
            write(a.bins(), out);
        } else {
            write(a.feed(), out);
        }
    }

    @Override
    public void read(StateInput in, ErrorAnalyzer target, PartContext context) {
        StateHeader.Shared shared = context.shared();
        long rows = in.readLong("rows", 0, context.rowBound());
        long withoutConfidence = in.readLong("mistakes without confidence", 0, rows);
        long errors = in.readLong("wrong predictions", 0, rows);
        int cellCount = in.readCount("confusion pairs", (long) shared.maxClasses() * shared.maxClasses(), 30);
        List<ConfusionCell> cells = new ArrayList<>(cellCount);
        for (int i = 0; i < cellCount; i++) {
            String actual = in.readText("actual label");
            String predicted = in.readText("predicted label");
            long count = in.readLong("a pair's count", 1, errors);
            double confidenceSum = in.readDouble();
            long confidenceCount = in.readLong("a pair's confidences", 0, count);
            int exampleCount = in.readCount("examples", shared.examplesPerPair(), 9);
            List<PairExample> examples = new ArrayList<>(exampleCount);
            for (int e = 0; e < exampleCount; e++) {
                long index = in.readLong("an example's row", 0, Long.MAX_VALUE);
                examples.add(new PairExample(index, in.readBoolean() ? (Object) in.readLong() : in.readText("id")));
            }
            cells.add(new ConfusionCell(actual, predicted, count, confidenceSum, confidenceCount, examples));
        }
        List<String> features = shared.featureColumns();
        int mistakes = in.readCount("confident mistakes", shared.confidentMistakes(), 40);
        List<Ranked<ConfidentMistake>> confident = new ArrayList<>(mistakes);
        for (int i = 0; i < mistakes; i++) {
            double score = in.readDouble();
            long index = in.readLong("a mistake's row", 0, Long.MAX_VALUE);
            confident.add(new Ranked<>(score, index, new ConfidentMistake(in.readLong(), in.readString(),
                    in.readText("actual label"), in.readText("predicted label"), in.readDouble(),
                    readCells(in, features))));
        }
        int largest = in.readCount("largest residuals", shared.largestResiduals(), 56);
        List<Ranked<LargestResidual>> residuals = new ArrayList<>(largest);
        for (int i = 0; i < largest; i++) {
            double score = in.readDouble();
            long index = in.readLong("a residual's row", 0, Long.MAX_VALUE);
            residuals.add(new Ranked<>(score, index, new LargestResidual(in.readLong(), in.readString(),
                    in.readDouble(), in.readDouble(), in.readDouble(), readCells(in, features))));
        }
        Quantiles quantiles = readQuantiles(in, rows);
        boolean regression = shared.task() == Task.REGRESSION;
        Bins bins = regression ? null : readBins(in, shared);
        Feed feed = regression ? readFeed(in, shared) : null;
        try {
            ErrorsState.restore(target, new Analyzer(rows, withoutConfidence, errors, cells, confident, residuals,
                    quantiles, bins, feed));
        } catch (IllegalArgumentException e) {
            throw StateRejection.damaged("its error analysis has " + e.getMessage());
        }
    }

    private static void writeCells(Map<String, String> features, StateOutput out) {
        out.writeInt(features.size());
        features.values().forEach(out::writeString);
    }

    private static Map<String, String> readCells(StateInput in, List<String> features) {
        int count = in.readCount("cells", features.size(), 4);
        if (count != features.size()) {
            throw StateRejection.damaged("a listed row has " + count + " cells for " + features.size() + " columns");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String feature : features) {
            cells.put(feature, in.readString());
        }
        return Collections.unmodifiableMap(cells);
    }

    private static void write(Quantiles q, StateOutput out) {
        out.writeInt(q.exactCapacity());
        out.writeBoolean(q.sketched());
        out.writeDoubles(q.values());
        write(q.positive(), out);
        write(q.negative(), out);
        out.writeLong(q.zeros());
        out.writeLong(q.count());
        out.writeDouble(q.min());
        out.writeDouble(q.max());
    }

    private static void write(Map<Integer, Long> buckets, StateOutput out) {
        out.writeInt(buckets.size());
        buckets.forEach((key, count) -> {
            out.writeInt(key);
            out.writeLong(count);
        });
    }

    private static Quantiles readQuantiles(StateInput in, long rows) {
        int capacity = in.readInt("exact quantile capacity", 1, Integer.MAX_VALUE);
        boolean sketched = in.readBoolean();
        double[] values = in.readDoubles("exact quantile values", Math.min(capacity, rows));
        Map<Integer, Long> positive = readBuckets(in, rows);
        Map<Integer, Long> negative = readBuckets(in, rows);
        return new Quantiles(capacity, sketched, values, positive, negative, in.readLong("zeros", 0, rows),
                in.readLong("values", 0, rows), in.readDouble(), in.readDouble());
    }

    private static Map<Integer, Long> readBuckets(StateInput in, long rows) {
        int count = in.readCount("quantile buckets", Math.min(MAX_BUCKETS, rows), 12);
        Map<Integer, Long> buckets = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            buckets.put(in.readInt(), in.readLong("a bucket's count", 1, rows));
        }
        return buckets;
    }

    static void write(Binning b, StateOutput out) {
        out.writeString(b.column());
        out.writeBoolean(b.numeric());
        if (b.numeric()) {
            out.writeDoubles(b.edges());
            writeRanges(b.parts(), out);
            writeRanges(b.tails(), out);
        } else {
            out.writeInt(b.maxDistinctValues());
            out.writeStrings(b.values());
        }
    }

    private static void writeRanges(List<int[]> ranges, StateOutput out) {
        out.writeInt(ranges.size());
        for (int[] r : ranges) {
            out.writeInt(r[0]);
            out.writeInt(r[1]);
        }
    }

    static Binning readBinning(StateInput in, StateHeader.Shared shared) {
        String column = in.readText("column");
        if (!shared.featureColumns().contains(column)) {
            throw StateRejection.damaged("it bins a column '" + column + "' that the data does not have");
        }
        if (in.readBoolean()) {
            double[] edges = in.readDoubles("bin edges", shared.numericBins() - 1L + TAIL_EDGES);
            return new Binning(column, edges, readRanges(in, edges.length + 2L), readRanges(in, TAIL_EDGES), 0,
                    List.of());
        }
        int distinct = in.readInt("maxDistinctValues", shared.maxDistinctValues(), shared.maxDistinctValues());
        return new Binning(column, null, List.of(), List.of(), distinct, in.readStrings("values", distinct));
    }

    private static List<int[]> readRanges(StateInput in, long max) {
        int count = in.readCount("level ranges", max, 8);
        List<int[]> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new int[] {in.readInt(), in.readInt()});
        }
        return ranges;
    }

    private static void write(Bins bins, StateOutput out) {
        out.writeInts(bins.columns());
        for (Binning b : bins.binnings()) {
            write(b, out);
        }
        out.writeBooleans(bins.dropped());
        out.writeDouble(bins.largeAbove());
        out.writeStrings(bins.notes());
        Counts c = bins.counts();
        out.writeInts(c.capacity());
        out.writeBooleans(c.paired());
        for (int i = 0; i < c.rows().length; i++) {
            out.writeLong(c.rows()[i]);
            out.writeDouble(c.errorSum()[i]);
            out.writeLong(c.large()[i]);
        }
        out.writeLong(c.totalRows());
        out.writeDouble(c.totalErrorSum());
        out.writeLong(c.totalLarge());
    }

    private static Bins readBins(StateInput in, StateHeader.Shared shared) {
        int features = shared.featureColumns().size();
        int[] columns = in.readInts("sliced columns", features);
        List<Binning> binnings = new ArrayList<>(columns.length);
        for (int s = 0; s < columns.length; s++) {
            binnings.add(readBinning(in, shared));
        }
        boolean[] dropped = in.readBooleans("dropped columns", columns.length);
        double largeAbove = in.readDouble();
        List<String> notes = in.readStrings("notes", 4L * features + 16);
        int[] capacity = in.readInts("column capacities", columns.length);
        boolean[] paired = in.readBooleans("paired columns", columns.length);
        if (dropped.length != columns.length || capacity.length != columns.length || paired.length != columns.length) {
            throw StateRejection.damaged("its slice counters do not have one entry per sliced column");
        }
        for (int s = 0; s < columns.length; s++) {
            if (capacity[s] != binnings.get(s).capacity()) {
                throw StateRejection.damaged("a sliced column has " + capacity[s] + " levels for a binning of "
                        + binnings.get(s).capacity());
            }
        }
        long counters = ErrorsState.counters(capacity, paired);
        if (counters > in.remaining() / 24 || counters > Integer.MAX_VALUE - 8) {
            throw StateRejection.damaged("its slice bins make " + counters + " counters, more than its remaining "
                    + in.remaining() + " bytes hold");
        }
        int n = (int) counters;
        long[] rows = new long[n];
        double[] errorSum = new double[n];
        long[] large = new long[n];
        for (int i = 0; i < n; i++) {
            rows[i] = in.readLong("a slice's rows", 0, Long.MAX_VALUE);
            errorSum[i] = in.readDouble();
            large[i] = in.readLong("a slice's large errors", 0, rows[i]);
        }
        long totalRows = in.readLong("slice rows", 0, Long.MAX_VALUE);
        double totalErrorSum = in.readDouble();
        long totalLarge = in.readLong("large errors", 0, totalRows);
        return new Bins(columns, binnings, dropped, largeAbove, notes,
                new Counts(capacity, paired, rows, errorSum, large, totalRows, totalErrorSum, totalLarge));
    }

    private static void write(Feed feed, StateOutput out) {
        out.writeByte(feed.measure().ordinal());
        Choice choice = feed.choice();
        out.writeBoolean(choice != null);
        if (choice != null) {
            out.writeByte(choice.preferred().ordinal());
            out.writeDouble(choice.absolute());
            out.writeDouble(choice.relative());
            out.writeInt(choice.rows());
        }
        out.writeStrings(feed.notes());
        out.writeInt(feed.scaleCapacity());
        out.writeDoubles(feed.scaleActual());
        out.writeDoubles(feed.scaleError());
        write(feed.bins(), out);
    }

    private static Feed readFeed(StateInput in, StateHeader.Shared shared) {
        SliceError measure = sliceError(in.readByte());
        Choice choice = null;
        if (in.readBoolean()) {
            choice = new Choice(sliceError(in.readByte()), in.readDouble(), in.readDouble(),
                    in.readInt("rows of the choice", 0, Integer.MAX_VALUE));
        }
        List<String> notes = in.readStrings("notes", 1024);
        int capacity = in.readInt("error scale capacity", 1, Integer.MAX_VALUE);
        double[] actual = in.readDoubles("error scale rows", capacity);
        double[] error = in.readDoubles("error scale rows", capacity);
        return new Feed(measure, choice, notes, capacity, actual, error, readBins(in, shared));
    }

    private static SliceError sliceError(int ordinal) {
        if (ordinal >= SliceError.values().length) {
            throw StateRejection.damaged("it names slice error " + ordinal);
        }
        return SliceError.values()[ordinal];
    }
}

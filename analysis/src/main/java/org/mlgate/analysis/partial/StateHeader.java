package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.errors.SliceError;

/**
 * A state's header: what it is (the template, a partition, or examples), which rows it covers, and {@link Shared}
 * everything every state of one evaluation must have in common, which the merger compares before it reads any count.
 *
 * @param mlgateVersion the version of mlgate that wrote the state
 * @param ordinal       the partition's place among the partitions, from 0; -1 for the template and for examples
 * @param firstIndex    the 0-based position in the whole data of the first row the state covers
 * @param rows          the rows it covers: the template, the first rows it counted; a partition, all of its rows
 *                      (those the template counted are covered but not counted again)
 */
record StateHeader(String mlgateVersion, Kind kind, Shared shared, int ordinal, long firstIndex, long rows) {

    /** What a state holds. */
    enum Kind {
        /** The first rows counted, with every decision taken from them (bins, the large error): forks start here. */
        TEMPLATE,
        /** One partition's rows, counted in a fork of the template. */
        PARTITION,
        /** The cells of duplicate rows that no partition could tell were duplicates (their first copy was elsewhere). */
        EXAMPLES
    }

    /**
     * What must be the same in every state of one evaluation: the data, the roles of its columns, every option that
     * changes what is counted, the number of partitions and the digest of the template they forked.
     *
     * @param dataName       the data as the report names it (report.json's data.path)
     * @param dataSha256     its SHA-256 when it is one file, else null
     * @param positionWord   how messages name a row's position: "Line" (a text file) or "Row"
     * @param columns        the table's columns, in order
     * @param templateDigest SHA-256 (hex) of the template's sections
     */
    record Shared(String dataName, String dataSha256, String positionWord, Task task, List<String> columns,
                  String actualColumn, String predictedColumn, String probabilityPrefix, String idColumn,
                  String groupColumn, String timeColumn, List<String> featureColumns, List<String> probabilityLabels,
                  List<String> sliceColumns, String positiveLabel, int confidentMistakes, int largestResiduals,
                  int examplesPerPair, int numericBins, int maxDepth, int maxDistinctValues, SliceError sliceError,
                  int maxClasses, BadRowPolicy onBadRow, int partitions, String templateDigest) {

        Shared {
            columns = List.copyOf(columns);
            featureColumns = List.copyOf(featureColumns);
            probabilityLabels = List.copyOf(probabilityLabels);
            sliceColumns = List.copyOf(sliceColumns);
        }

        Shared withTemplateDigest(String digest) {
            return new Shared(dataName, dataSha256, positionWord, task, columns, actualColumn, predictedColumn,
                    probabilityPrefix, idColumn, groupColumn, timeColumn, featureColumns, probabilityLabels,
                    sliceColumns, positiveLabel, confidentMistakes, largestResiduals, examplesPerPair, numericBins,
                    maxDepth, maxDistinctValues, sliceError, maxClasses, onBadRow, partitions, digest);
        }

        Shared withPartitions(int count) {
            return new Shared(dataName, dataSha256, positionWord, task, columns, actualColumn, predictedColumn,
                    probabilityPrefix, idColumn, groupColumn, timeColumn, featureColumns, probabilityLabels,
                    sliceColumns, positiveLabel, confidentMistakes, largestResiduals, examplesPerPair, numericBins,
                    maxDepth, maxDistinctValues, sliceError, maxClasses, onBadRow, count, templateDigest);
        }

        /** The fields where {@code other} differs, as "name (A here, B there)", for the sentence that refuses it. */
        List<String> differences(Shared other) {
            List<String> out = new ArrayList<>();
            differ(out, "data", dataName, other.dataName);
            differ(out, "data SHA-256", dataSha256, other.dataSha256);
            differ(out, "task", task, other.task);
            differ(out, "columns", columns, other.columns);
            differ(out, "actual column", actualColumn, other.actualColumn);
            differ(out, "predicted column", predictedColumn, other.predictedColumn);
            differ(out, "probability prefix", probabilityPrefix, other.probabilityPrefix);
            differ(out, "id column", idColumn, other.idColumn);
            differ(out, "group column", groupColumn, other.groupColumn);
            differ(out, "time column", timeColumn, other.timeColumn);
            differ(out, "feature columns", featureColumns, other.featureColumns);
            differ(out, "probability labels", probabilityLabels, other.probabilityLabels);
            differ(out, "slice columns", sliceColumns, other.sliceColumns);
            differ(out, "positive label", positiveLabel, other.positiveLabel);
            differ(out, "confidentMistakes", confidentMistakes, other.confidentMistakes);
            differ(out, "largestResiduals", largestResiduals, other.largestResiduals);
            differ(out, "examplesPerPair", examplesPerPair, other.examplesPerPair);
            differ(out, "numericBins", numericBins, other.numericBins);
            differ(out, "maxDepth", maxDepth, other.maxDepth);
            differ(out, "maxDistinctValues", maxDistinctValues, other.maxDistinctValues);
            differ(out, "sliceError", sliceError, other.sliceError);
            differ(out, "maxClasses", maxClasses, other.maxClasses);
            differ(out, "onBadRow", onBadRow, other.onBadRow);
            differ(out, "partitions", partitions, other.partitions);
            differ(out, "template", templateDigest, other.templateDigest);
            differ(out, "row positions", positionWord, other.positionWord);
            return out;
        }

        private static void differ(List<String> out, String name, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                out.add(name + " (" + mine + " here, " + theirs + " there)");
            }
        }
    }

    void write(StateOutput out) {
        out.writeString(mlgateVersion);
        out.writeByte(kind.ordinal());
        out.writeInt(ordinal);
        out.writeLong(firstIndex);
        out.writeLong(rows);
        out.writeString(shared.dataName());
        out.writeString(shared.dataSha256());
        out.writeString(shared.positionWord());
        out.writeByte(StateFormat.taskCode(shared.task()));
        out.writeStrings(shared.columns());
        out.writeString(shared.actualColumn());
        out.writeString(shared.predictedColumn());
        out.writeString(shared.probabilityPrefix());
        out.writeString(shared.idColumn());
        out.writeString(shared.groupColumn());
        out.writeString(shared.timeColumn());
        out.writeStrings(shared.featureColumns());
        out.writeStrings(shared.probabilityLabels());
        out.writeStrings(shared.sliceColumns());
        out.writeString(shared.positiveLabel());
        out.writeInt(shared.confidentMistakes());
        out.writeInt(shared.largestResiduals());
        out.writeInt(shared.examplesPerPair());
        out.writeInt(shared.numericBins());
        out.writeInt(shared.maxDepth());
        out.writeInt(shared.maxDistinctValues());
        out.writeByte(shared.sliceError().ordinal());
        out.writeInt(shared.maxClasses());
        out.writeByte(shared.onBadRow().ordinal());
        out.writeInt(shared.partitions());
        out.writeString(shared.templateDigest());
    }

    /** The most columns a table may have, and the largest options: limits a header is checked against. */
    static final int MAX_COLUMNS = 100_000;
    static final int MAX_OPTION = 1_000_000;
    static final int MAX_PARTITIONS = 1_000_000;

    static StateHeader read(StateInput in) {
        String version = in.readText("mlgate version");
        Kind kind = enumOf(Kind.values(), in.readByte(), "kind of state");
        int ordinal = in.readInt("partition ordinal", -1, MAX_PARTITIONS);
        long firstIndex = in.readLong("first row", 0, Long.MAX_VALUE / 2);
        long rows = in.readLong("row count", 0, Long.MAX_VALUE / 2);
        String dataName = in.readText("data name");
        String sha = in.readString();
        String word = in.readText("position word");
        int taskCode = in.readByte();
        Task task = StateFormat.taskOf(taskCode);
        if (task == null) {
            throw StateRejection.damaged("its header has " + taskCode + " as the task");
        }
        List<String> columns = in.readStrings("columns", MAX_COLUMNS);
        String actual = in.readText("actual column");
        String predicted = in.readText("predicted column");
        String prefix = in.readText("probability prefix");
        String id = in.readString();
        String group = in.readString();
        String time = in.readString();
        List<String> features = in.readStrings("feature columns", columns.size());
        List<String> labels = in.readStrings("probability labels", columns.size());
        List<String> slices = in.readStrings("slice columns", features.size());
        String positive = in.readString();
        int confident = in.readInt("confidentMistakes", 0, MAX_OPTION);
        int residuals = in.readInt("largestResiduals", 0, MAX_OPTION);
        int examples = in.readInt("examplesPerPair", 0, MAX_OPTION);
        int bins = in.readInt("numericBins", 2, MAX_OPTION);
        int depth = in.readInt("maxDepth", 1, 2);
        int distinct = in.readInt("maxDistinctValues", 2, MAX_OPTION);
        SliceError sliceError = enumOf(SliceError.values(), in.readByte(), "sliceError");
        int maxClasses = in.readInt("maxClasses", 2, MAX_OPTION);
        BadRowPolicy onBadRow = enumOf(BadRowPolicy.values(), in.readByte(), "onBadRow");
        int partitions = in.readInt("partition count", 0, MAX_PARTITIONS);
        String digest = in.readText("template digest");
        return new StateHeader(version, kind, new Shared(dataName, sha, word, task, columns, actual, predicted,
                prefix, id, group, time, features, labels, slices, positive, confident, residuals, examples, bins,
                depth, distinct, sliceError, maxClasses, onBadRow, partitions, digest), ordinal, firstIndex, rows);
    }

    private static <E> E enumOf(E[] values, int ordinal, String what) {
        if (ordinal >= values.length) {
            throw StateRejection.damaged("its header has " + ordinal + " as the " + what);
        }
        return values[ordinal];
    }
}

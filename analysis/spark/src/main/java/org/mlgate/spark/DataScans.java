package org.mlgate.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.mlgate.analysis.model.ValueKinds;

/**
 * The small Spark jobs around the evaluation: the rows of each partition (so that every row knows its position in
 * the whole Dataset), what the actual and predicted columns hold (when the task must be inferred), and the cells of a
 * few rows found by position (duplicate examples whose earlier copy was in another partition).
 */
final class DataScans {

    private DataScans() {
    }

    /**
     * The position of each partition's first row: a count per partition over a projection that reads no column (a
     * Parquet scan reads only its row counts). The partitions are those of the same plan, so the evaluation job sees
     * the same rows; a merge that finds otherwise says so.
     */
    static long[] firstIndexes(Dataset<Row> data) {
        JavaRDD<Row> ones = data.select(functions.lit(1)).javaRDD();
        List<long[]> counts = ones.mapPartitionsWithIndex((partition, rows) -> {
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return List.of(new long[] {partition, n}).iterator();
        }, true).collect();
        long[] first = new long[counts.size()];
        long[] sizes = new long[counts.size()];
        for (long[] count : counts) {
            sizes[(int) count[0]] = count[1];
        }
        for (int p = 1; p < first.length; p++) {
            first[p] = first[p - 1] + sizes[p - 1];
        }
        return first;
    }

    /** What the actual and predicted cells hold, scanned partition by partition and merged. */
    static ValueKinds kinds(Dataset<Row> data, List<String> columns) {
        List<String> present = columns.stream().filter(c -> Arrays.asList(data.columns()).contains(c)).toList();
        if (present.isEmpty()) {
            return new ValueKinds.Scan().kinds();
        }
        JavaRDD<Row> cells = data.selectExpr(present.stream().map(c -> "`" + c.replace("`", "``") + "`")
                .toArray(String[]::new)).javaRDD();
        List<ValueKinds.Scan> scans = cells.mapPartitions((Iterator<Row> rows) -> {
            ValueKinds.Scan scan = new ValueKinds.Scan();
            while (rows.hasNext()) {
                Row row = rows.next();
                for (int i = 0; i < row.length(); i++) {
                    scan.add(RowCells.text(row.get(i)));
                }
            }
            return List.of(scan).iterator();
        }).collect();
        ValueKinds.Scan all = new ValueKinds.Scan();
        scans.forEach(all::merge);
        return all.kinds();
    }

    /** The cells of the rows at these positions, read from the partitions that hold them only. */
    static Map<Long, String[]> rowsAt(JavaRDD<Row> rows, long[] firstIndex, Set<Long> positions) {
        Map<Integer, List<Long>> byPartition = positions.stream().collect(Collectors.groupingBy(
                position -> partitionOf(firstIndex, position)));
        int[] partitions = byPartition.keySet().stream().mapToInt(Integer::intValue).toArray();
        JavaRDD<Object[]> found = rows.mapPartitionsWithIndex((partition, it) -> {
            List<Long> wanted = byPartition.getOrDefault(partition, List.of());
            List<Object[]> out = new ArrayList<>();
            long index = firstIndex[partition];
            while (it.hasNext() && out.size() < wanted.size()) {
                Row row = it.next();
                if (wanted.contains(index)) {
                    out.add(new Object[] {index, RowCells.of(row)});
                }
                index++;
            }
            return out.iterator();
        }, true);
        Map<Long, String[]> cells = new TreeMap<>();
        for (List<Object[]> part : found.collectPartitions(partitions)) {
            part.forEach(item -> cells.put((Long) item[0], (String[]) item[1]));
        }
        return cells;
    }

    /** The partition whose rows hold this position: the last one that starts at or before it. */
    static int partitionOf(long[] firstIndex, long position) {
        int at = Arrays.binarySearch(firstIndex, position);
        if (at < 0) {
            return -at - 2;
        }
        while (at + 1 < firstIndex.length && firstIndex[at + 1] == position) {
            at++; // empty partitions start where the next one starts
        }
        return at;
    }
}

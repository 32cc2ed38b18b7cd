package org.mlgate.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.partial.PartialTemplate;
import org.mlgate.analysis.partial.PartitionCounter;

/**
 * A Spark task's work: reads the template from its broadcast bytes, counts its partition's rows into a fork of it,
 * and returns the partition's state (one byte array). Each row's position in the whole Dataset is its partition's
 * first position plus the rows before it; its line is that position plus {@code firstLine}.
 */
final class PartitionStates implements Function2<Integer, Iterator<Row>, Iterator<byte[]>>, Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<byte[]> template;
    private final long[] firstIndex;
    private final long firstLine;

    PartitionStates(Broadcast<byte[]> template, long[] firstIndex, long firstLine) {
        this.template = template;
        this.firstIndex = firstIndex.clone();
        this.firstLine = firstLine;
    }

    @Override
    public Iterator<byte[]> call(Integer partition, Iterator<Row> rows) {
        PartitionCounter counter = PartialTemplate.read("the broadcast template", template.value(), null)
                .partition(partition, firstIndex.length, firstIndex[partition]);
        long index = firstIndex[partition];
        while (rows.hasNext()) {
            counter.add(new CsvRow(index + firstLine, index, RowCells.of(rows.next())));
            index++;
        }
        return List.of(counter.finish()).iterator();
    }
}

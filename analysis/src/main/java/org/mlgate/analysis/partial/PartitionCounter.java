package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.data.CsvRow;

/**
 * Counts one partition's rows in a fork of the template, on any machine, and writes its state. Rows come in the
 * partition's order with their positions in the whole data as ordinals; the rows the template counted (positions
 * below {@link PartialTemplate#rows()}) are covered but not counted again. A bad row under {@code onBadRow=fail}, or
 * any other mistake in the rows, stops the counting and is written into the state, for the merger to raise in row
 * order.
 */
public final class PartitionCounter {
    private final PartialTemplate template;
    private final int ordinal;
    private final int partitions;
    private final long firstIndex;
    private final RowCounter counter;
    private final List<CsvRow> batch = new ArrayList<>(PartialTemplate.BATCH);
    private final List<CsvRow> covered = new ArrayList<>();
    private long position;

    PartitionCounter(PartialTemplate template, int ordinal, int partitions, long firstIndex) {
        this.template = template;
        this.ordinal = ordinal;
        this.partitions = partitions;
        this.firstIndex = firstIndex;
        StateHeader.Shared shared = template.shared();
        RowConsumers fork = template.frozen().fork();
        this.counter = new RowCounter(Requests.columns(shared), shared.columns().size(), shared.onBadRow(),
                line -> shared.positionWord() + " " + line + " of " + shared.dataName(), fork);
    }

    /** The partition's next row; its ordinal must be the partition's first position plus the rows before it. */
    public void add(CsvRow row) {
        if (row.ordinal() != firstIndex + position) {
            throw new IllegalArgumentException("row " + row.ordinal() + " came at position "
                    + (firstIndex + position) + " of partition " + ordinal);
        }
        position++;
        if (row.ordinal() < template.rows()) {
            covered.add(row); // counted by the template: only its digest, to compare with the template's
            return;
        }
        batch.add(row);
        if (batch.size() == PartialTemplate.BATCH) {
            flush();
        }
    }

    private void flush() {
        counter.count(batch);
        batch.clear();
    }

    /** The partition's state, once its last row was added. */
    public byte[] finish() {
        flush();
        counter.cover(covered, Requests.columns(template.shared()));
        StateHeader header = new StateHeader(StateFormat.mlgateVersion(), StateHeader.Kind.PARTITION,
                template.shared().withPartitions(partitions), ordinal, firstIndex, position);
        CountedRows counted = new CountedRows(counter.finishedAccount(), List.of(), counter.digest,
                counter.covered, counter.consumers);
        return StateWriter.bytes(header, counted.write(new PartContext(header, template::countedRow, null)));
    }
}

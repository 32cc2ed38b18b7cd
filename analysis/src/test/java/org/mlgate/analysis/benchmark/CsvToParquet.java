package org.mlgate.analysis.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CellNumbers;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.DataTable;
import org.mlgate.analysis.data.ParquetFixtures;

/**
 * Writes a CSV file's rows as Parquet, streaming, as Spark writes it (snappy, dictionary encoding, 128 MB row
 * groups): each column typed as pandas would read it from the first 10,000 rows (whole numbers int64, numbers
 * double, else string). For the end-to-end benchmark's Parquet section (end_to_end.py --only parquet).
 *
 * <p>Usage: {@code CsvToParquet in.csv out.parquet}
 */
public final class CsvToParquet {
    private static final int SAMPLE = 10_000;

    private CsvToParquet() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String[]> sample = new ArrayList<>();
        List<String> header;
        String[] kinds;
        try (DataTable table = DataTable.open(csv, new BadRows(BadRowPolicy.FAIL))) {
            header = table.header();
            for (CsvRow row = table.next(); row != null && sample.size() < SAMPLE; row = table.next()) {
                sample.add(row.cells());
            }
        }
        kinds = new String[header.size()];
        StringBuilder schema = new StringBuilder("message spark_schema {");
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = "int64";
            for (String[] row : sample) {
                if (row[c].isEmpty()) {
                    continue;
                }
                if (kinds[c].equals("int64") && !row[c].matches("-?\\d{1,18}")) {
                    kinds[c] = "double";
                }
                if (kinds[c].equals("double") && Double.isNaN(CellNumbers.parse(row[c]))) {
                    kinds[c] = "binary";
                    break;
                }
            }
            schema.append(" optional ").append(kinds[c]).append(' ').append(header.get(c))
                    .append(kinds[c].equals("binary") ? " (STRING);" : ";");
        }
        MessageType type = MessageTypeParser.parseMessageType(schema.append(" }").toString());
        long rows = 0;
        try (DataTable table = DataTable.open(csv, new BadRows(BadRowPolicy.FAIL));
             ParquetWriter<Group> writer = ParquetFixtures.writer(out, type, ParquetFixtures.Layout.spark())) {
            SimpleGroupFactory groups = new SimpleGroupFactory(type);
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                Group group = groups.newGroup();
                String[] cells = row.cells();
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    switch (kinds[c]) {
                        case "int64" -> group.append(header.get(c), Long.parseLong(cells[c]));
                        case "double" -> group.append(header.get(c), CellNumbers.parse(cells[c]));
                        default -> group.append(header.get(c), cells[c]);
                    }
                }
                writer.write(group);
                rows++;
            }
        }
        System.out.println("wrote " + rows + " rows of " + String.join(", ", header) + " to " + out);
    }
}

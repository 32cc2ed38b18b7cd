package org.mlgate.analysis.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;

/**
 * The rows of a CSV test file written again as Parquet and as JSON Lines, each column typed as pandas would type it
 * (whole numbers int64, other numbers double, else string; an empty cell a null), so that tests can check that every
 * format gives the same evaluation.
 */
public final class FormatCopies {
    private FormatCopies() {
    }

    private enum Kind { LONG, DOUBLE, TEXT }

    private record Csv(List<String> header, List<String[]> rows, Kind[] kinds) {
    }

    private static Csv read(Path csv) {
        List<String[]> rows = new ArrayList<>();
        List<String> header;
        try (DataTable table = DataTable.open(csv, new BadRows(BadRowPolicy.SKIP))) {
            header = table.header();
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rows.add(row.cells());
            }
        }
        Kind[] kinds = new Kind[header.size()];
        for (int c = 0; c < kinds.length; c++) {
            Kind kind = Kind.LONG;
            for (String[] row : rows) {
                String cell = row[c];
                if (cell.isEmpty()) {
                    continue;
                }
                if (kind == Kind.LONG && !cell.matches("-?\\d{1,18}")) {
                    kind = Kind.DOUBLE;
                }
                if (kind == Kind.DOUBLE && Double.isNaN(CellNumbers.parse(cell))) {
                    kind = Kind.TEXT;
                    break;
                }
            }
            kinds[c] = kind;
        }
        return new Csv(header, rows, kinds);
    }

    /** The CSV's rows as a Parquet file laid out by {@code layout}. */
    public static Path parquet(Path csv, Path out, ParquetFixtures.Layout layout) throws IOException {
        Csv table = read(csv);
        StringBuilder schema = new StringBuilder("message spark_schema {");
        for (int c = 0; c < table.header().size(); c++) {
            schema.append(" optional ").append(switch (table.kinds()[c]) {
                case LONG -> "int64 ";
                case DOUBLE -> "double ";
                case TEXT -> "binary ";
            }).append(table.header().get(c)).append(table.kinds()[c] == Kind.TEXT ? " (STRING);" : ";");
        }
        schema.append(" }");
        return ParquetFixtures.write(out, schema.toString(), layout, table.rows().size(), (Group group, Integer i) -> {
            String[] row = table.rows().get(i);
            for (int c = 0; c < row.length; c++) {
                if (row[c].isEmpty()) {
                    continue;
                }
                String name = table.header().get(c);
                switch (table.kinds()[c]) {
                    case LONG -> group.append(name, Long.parseLong(row[c]));
                    case DOUBLE -> group.append(name, CellNumbers.parse(row[c]));
                    default -> group.append(name, row[c]);
                }
            }
        });
    }

    /** The CSV's rows as JSON Lines, numbers unquoted, empty cells null. */
    public static Path jsonLines(Path csv, Path out) throws IOException {
        Csv table = read(csv);
        JsonFactory json = new JsonFactory();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String[] row : table.rows()) {
                JsonGenerator line = json.createGenerator(writer);
                line.writeStartObject();
                for (int c = 0; c < row.length; c++) {
                    line.writeFieldName(table.header().get(c));
                    if (row[c].isEmpty()) {
                        line.writeNull();
                    } else if (table.kinds()[c] == Kind.TEXT) {
                        line.writeString(row[c]);
                    } else {
                        line.writeNumber(row[c]);
                    }
                }
                line.writeEndObject();
                line.flush();
                writer.write('\n');
            }
        }
        return out;
    }

    /** Spark's layout with small pages and row groups of about 100 rows: many of each to cross. */
    public static ParquetFixtures.Layout manyGroups() {
        return ParquetFixtures.Layout.spark().small(97);
    }

    /** Spark's layout, one row group per 128 MB. */
    public static ParquetFixtures.Layout spark() {
        return ParquetFixtures.Layout.spark();
    }
}

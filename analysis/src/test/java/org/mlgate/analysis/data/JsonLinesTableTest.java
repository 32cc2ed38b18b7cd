package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;

class JsonLinesTableTest {

    /** A row well past the rows read on open to find the columns (the first 32 KB, at least 1,000 rows). */
    private static final int LATER = 5 * JsonLinesTable.SCAN_ROWS;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void eachKeyIsAColumnAndEachValueACellAsACsvWouldHoldIt() throws IOException {
        Path file = write("a.jsonl", "{\"actual\": \"yes\", \"p_yes\": 0.25, \"n\": 3, \"ok\": true, \"note\": null}\n"
                + "{\"actual\": \" no \", \"p_yes\": 1e-3, \"n\": -4, \"ok\": false, \"note\": \"x\"}\n");
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("actual", "p_yes", "n", "ok", "note"), table.header());
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertArrayEquals(new String[] {"yes", "0.25", "3", "true", ""}, rows.get(0).cells());
            assertArrayEquals(new String[] {"no", "1e-3", "-4", "false", "x"}, rows.get(1).cells());
        }
    }

    @Test
    void keysAbsentFromTheFirstObjectAreColumnsWhenTheFirstRowsHoldThem() throws IOException {
        // Spark's write.json leaves out null values: the first object lacks 'age'.
        Path file = write("spark.jsonl", "{\"actual\":\"a\"}\n{\"actual\":\"b\",\"age\":41}\n");
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("actual", "age"), table.header());
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertArrayEquals(new String[] {"a", ""}, rows.get(0).cells());
            assertArrayEquals(new String[] {"b", "41"}, rows.get(1).cells());
        }
    }

    @Test
    void linesAreNumberedFromOneAndBlankLinesAreSkipped() throws IOException {
        Path file = write("a.jsonl", "{\"x\":1}\n\n  \n{\"x\":2}\r\n{\"x\":3}");
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertEquals(List.of(1L, 4L, 5L), rows.stream().map(CsvRow::line).toList());
            assertEquals(List.of(0L, 1L, 2L), rows.stream().map(CsvRow::ordinal).toList());
        }
    }

    @Test
    void aNestedValueInTheFirstRowsRefusesTheFileWithASentence() throws IOException {
        Path file = write("a.jsonl", "{\"actual\":\"a\",\"address\":{\"city\":\"Oslo\"}}\n");
        InputException e = assertThrows(InputException.class,
                () -> DataTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertEquals("Line 1 of " + file + " has an object in 'address'; mlgate reads flat objects, one value per"
                + " key: flatten nested values into keys of their own (pandas.json_normalize, or selecting the fields"
                + " of a struct in Spark) or leave the key out.", e.getMessage());
    }

    @Test
    void aNestedValueLaterIsABadRowNamedByItsLine() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LATER + 5; i++) {
            text.append("{\"actual\":\"a\",\"tags\":").append(i == LATER + 2 ? "[1,2]" : "\"t\"")
                    .append("}\n");
        }
        Path file = write("a.jsonl", text.toString());
        BadRows skip = new BadRows(BadRowPolicy.SKIP);
        try (DataTable table = DataTable.open(file, skip)) {
            assertEquals(LATER + 4, ParquetFixtures.readAll(table).size());
        }
        assertEquals("Skipped 1 bad row (onBadRow=skip): 1 with a line that is not a flat JSON object (line "
                + (LATER + 3) + ").", skip.note().orElseThrow());
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            InputException e = assertThrows(InputException.class, () -> ParquetFixtures.readAll(table));
            assertEquals("Line " + (LATER + 3) + " of " + file + " has an array in 'tags';"
                    + " mlgate reads flat objects, one value per key: flatten nested values into keys of their own"
                    + " (pandas.json_normalize, or selecting the fields of a struct in Spark) or leave the key out."
                    + " Fix the row, or set onBadRow to skip to leave such rows out.", e.getMessage());
        }
    }

    @Test
    void aLineThatIsNotJsonIsRefusedWithASentence() throws IOException {
        Path file = write("a.jsonl", "actual,predicted\nyes,no\n");
        InputException e = assertThrows(InputException.class,
                () -> DataTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertEquals("Line 1 of " + file + " is not valid JSON (Unrecognized token 'actual': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')); a JSON Lines file holds one"
                + " JSON object per line (pandas: to_json(orient=\"records\", lines=True)).", e.getMessage());
    }

    @Test
    void keysThatAppearOnlyAfterTheFirstRowsAreLeftOutAndNamed() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LATER + 3; i++) {
            text.append(i == LATER + 1 ? "{\"x\":1,\"late\":2}\n" : "{\"x\":1}\n");
        }
        Path file = write("a.jsonl", text.toString());
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            ParquetFixtures.readAll(table);
            assertEquals(List.of("The key 'late' (first on line " + (LATER + 2) + ") of " + file
                    + " is in none of the first rows, which give the columns; its values in 1 row were left out."
                    + " Write every key on the first line (null where there is no value) to keep them."),
                    table.notes());
        }
    }

    @Test
    void aJsonFileIsNotTakenForCsv() throws IOException {
        Path file = write("rows.json", "[{\"x\": 1}]");
        InputException e = assertThrows(InputException.class,
                () -> DataTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertEquals("The data file " + file + " is a .json file; mlgate reads JSON Lines, one object per line, named"
                + " .jsonl (pandas: to_json(orient=\"records\", lines=True); Spark: write.json). Rename it if it"
                + " holds one object per line.", e.getMessage());
    }

    @Test
    void gzipFilesAreReadAndHashedAsStored() throws IOException {
        Path file = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"x\":1}\n{\"x\":2}\n".getBytes(StandardCharsets.UTF_8));
        }
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(2, ParquetFixtures.readAll(table).size());
            assertEquals(Sha256.ofFile(file), table.sha256());
        }
    }

    @Test
    void chunksGiveTheSameRowsAsReadingRowByRow() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("{\"i\":").append(i).append(",\"s\":\"v").append(i % 7).append("\"}\n");
            if (i % 100 == 0) {
                text.append('\n');
            }
        }
        Path file = write("a.jsonl", text.toString());
        List<CsvRow> byRow;
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            byRow = ParquetFixtures.readAll(table);
        }
        List<CsvRow> byChunk = new ArrayList<>();
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            for (RowChunk chunk = table.nextChunk(500); chunk != null; chunk = table.nextChunk(500)) {
                byChunk.addAll(table.rows(chunk));
            }
        }
        assertEquals(3000, byChunk.size());
        for (int i = 0; i < byRow.size(); i++) {
            assertEquals(byRow.get(i).line(), byChunk.get(i).line());
            assertEquals(i, byChunk.get(i).ordinal());
            assertArrayEquals(byRow.get(i).cells(), byChunk.get(i).cells());
        }
        assertFalse(byChunk.isEmpty());
    }
}

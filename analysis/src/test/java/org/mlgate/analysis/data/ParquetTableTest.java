package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.ParquetFixtures.Layout;

class ParquetTableTest {
    /** Spark's layout: its message name, INT96 timestamps, a struct, a three-level list, a date, a decimal. */
    static final String SPARK_SCHEMA = "message spark_schema {"
            + " optional binary label (STRING); optional double p_yes; optional int32 visits; optional int64 id;"
            + " optional int96 seen; optional group address { optional binary city (STRING); optional int32 zip; }"
            + " optional group tags (LIST) { repeated group list { optional binary element (STRING); } }"
            + " optional int32 day (DATE); optional fixed_len_byte_array(4) price (DECIMAL(9,2));"
            + " optional boolean member; optional float score; }";

    @TempDir
    Path dir;

    static void sparkRow(Group row, int i) {
        if (i % 7 != 3) {
            row.append("label", i % 3 == 0 ? "yes" : "no");
        }
        row.append("p_yes", i / 1000.0 + 0.0001);
        row.append("visits", i % 11);
        row.append("id", 1_000_000_000_000L + i);
        row.append("seen", new NanoTime(2_460_311 + i % 5, 3_600_000_000_000L)); // 2024-01-01T01:00Z + days
        Group address = row.addGroup("address");
        address.append("city", i % 2 == 0 ? " Lyon " : "Oslo");
        address.append("zip", 1000 + i);
        row.addGroup("tags").addGroup("list").append("element", "t" + i);
        row.append("day", 19_723 + i % 3); // 2024-01-01
        row.append("price", Binary.fromConstantByteArray(fixed4(-1234 + 100 * i)));
        row.append("member", i % 2 == 1);
        row.append("score", 0.1f * (i % 4));
    }

    private static byte[] fixed4(int unscaled) {
        return new byte[] {(byte) (unscaled >> 24), (byte) (unscaled >> 16), (byte) (unscaled >> 8), (byte) unscaled};
    }

    private static String[] expectedSparkRow(int i) {
        return new String[] {
            i % 7 == 3 ? "" : i % 3 == 0 ? "yes" : "no",
            DoubleText.of(i / 1000.0 + 0.0001),
            Integer.toString(i % 11),
            Long.toString(1_000_000_000_000L + i),
            "2024-01-0" + (1 + i % 5) + "T01:00:00Z",
            i % 2 == 0 ? "Lyon" : "Oslo",
            Integer.toString(1000 + i),
            "2024-01-0" + (1 + i % 3),
            BigDecimal.valueOf(-1234 + 100 * i, 2).toPlainString(),
            Boolean.toString(i % 2 == 1),
            DoubleText.of(Double.parseDouble(Float.toString(0.1f * (i % 4))))
        };
    }

    private Path spark(String name, Layout layout, int rows) throws IOException {
        return ParquetFixtures.write(dir.resolve(name), SPARK_SCHEMA, layout, rows, ParquetTableTest::sparkRow);
    }

    @Test
    void readsTheFileThatPyarrowWroteForPandas() throws Exception {
        Path file = Path.of(getClass().getResource("/data/pyarrow-0.17.1-pandas-simple.parquet").toURI());
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("A", "B"), table.header());
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertEquals(List.of("1", "2", "3"), rows.stream().map(r -> r.cells()[0]).toList());
            assertEquals(List.of("foo", "foo", "foo"), rows.stream().map(r -> r.cells()[1]).toList());
            assertEquals(List.of(1L, 2L, 3L), rows.stream().map(CsvRow::line).toList());
            assertEquals(Sha256.ofFile(file), table.sha256());
        }
    }

    @Test
    void readsSparksLayoutAsACsvExportWouldHoldIt() throws IOException {
        try (DataTable table = DataTable.open(spark("spark.parquet", Layout.spark(), 40),
                new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("label", "p_yes", "visits", "id", "seen", "address.city", "address.zip", "day",
                    "price", "member", "score"), table.header());
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertEquals(40, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertArrayEquals(expectedSparkRow(i), rows.get(i).cells(), "row " + i);
                assertEquals(i, rows.get(i).ordinal());
            }
            assertEquals(List.of("The column 'tags' of " + table.file() + " is a list or map (repeated values),"
                    + " which no single cell holds; left out."), table.notes());
        }
    }

    @Test
    void nestedStructsAreFlattenedAndListsMapsAndThePandasIndexAreLeftOutWithANote() throws IOException {
        // pyarrow's layouts: a struct inside a struct, a map, a three-level list; a legacy two-level list as older
        // writers (and Spark's writeLegacyFormat) write it; the index pandas stores when it is not a range.
        String schema = "message schema { optional binary actual (STRING);"
                + " optional group customer { optional group address { optional binary city (STRING); }"
                + " required int64 age; }"
                + " optional group scores (MAP) { repeated group key_value { required binary key (STRING);"
                + " optional double value; } }"
                + " optional group tokens (LIST) { repeated group list { optional binary element (STRING); } }"
                + " optional group legacy (LIST) { repeated binary array (STRING); }"
                + " optional int64 __index_level_0__; }";
        Path file = ParquetFixtures.write(dir.resolve("nested.parquet"), schema, Layout.spark(), 3, (row, i) -> {
            row.append("actual", "a" + i);
            Group customer = row.addGroup("customer");
            if (i != 1) {
                customer.addGroup("address").append("city", "c" + i);
            }
            customer.append("age", 30L + i);
            row.addGroup("scores").addGroup("key_value").append("key", "k").append("value", 0.5);
            row.addGroup("tokens").addGroup("list").append("element", "t");
            row.addGroup("legacy").append("array", "x");
            row.append("__index_level_0__", 100L + i);
        });
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("actual", "customer.address.city", "customer.age"), table.header());
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            assertArrayEquals(new String[] {"a0", "c0", "30"}, rows.get(0).cells());
            assertArrayEquals(new String[] {"a1", "", "31"}, rows.get(1).cells());
            assertEquals(List.of("The columns 'scores', 'tokens', 'legacy' of " + file + " are lists or maps (repeated"
                    + " values), which no single cell holds; left out.", "The column '__index_level_0__' of " + file
                    + " is the index pandas stored with to_parquet; left out."), table.notes());
        }
    }

    @Test
    void everyPageLayoutAndCompressionGivesTheSameRows() throws IOException {
        List<Layout> layouts = new ArrayList<>();
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW)) {
            Layout layout = Layout.spark().withCodec(codec).small(13);
            layouts.addAll(List.of(layout, layout.version2(), layout.plain(), layout.plain().version2()));
        }
        for (Layout layout : layouts) {
            try (DataTable table = DataTable.open(spark("layout.parquet", layout, 500),
                    new BadRows(BadRowPolicy.FAIL))) {
                List<CsvRow> rows = ParquetFixtures.readAll(table);
                assertEquals(500, rows.size(), layout.toString());
                for (int i = 0; i < rows.size(); i++) {
                    assertArrayEquals(expectedSparkRow(i), rows.get(i).cells(), layout + ", row " + i);
                }
            }
        }
    }

    @Test
    void chunksCutRowGroupsAcrossPagesAndGiveEveryRowOnceInOrder() throws IOException {
        // One row group of 5,000 rows in pages of 7: chunks of 1,024 rows begin and end inside pages.
        Path file = spark("one-group.parquet", Layout.spark().small(7).version2().withGroupBytes(128L << 20), 5000);
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            List<CsvRow> rows = new ArrayList<>();
            int chunks = 0;
            for (RowChunk chunk = table.nextChunk(1); chunk != null; chunk = table.nextChunk(1)) {
                rows.addAll(table.rows(chunk));
                chunks++;
            }
            assertTrue(chunks >= 5, chunks + " chunks");
            assertEquals(5000, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(i, rows.get(i).ordinal());
                assertArrayEquals(expectedSparkRow(i), rows.get(i).cells(), "row " + i);
            }
            assertNull(table.nextChunk(1));
        }
    }

    @Test
    void doublesReadBackExactlyAsTheirText() throws IOException {
        Random random = new Random(7);
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> Math.round(random.nextDouble() * 1e4) / 100.0;
                case 2 -> random.nextGaussian() * 1e-9;
                default -> Math.exp(random.nextGaussian() * 30);
            };
        }
        Path file = ParquetFixtures.write(dir.resolve("doubles.parquet"), "message m { required double x; }",
                Layout.spark(), values.length, (row, i) -> row.append("x", values[i]));
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            List<CsvRow> rows = ParquetFixtures.readAll(table);
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i], CellNumbers.parse(rows.get(i).cells()[0]), rows.get(i).cells()[0]);
            }
        }
    }

    @Test
    void numbersAreWrittenAsPandasWritesThemToCsv() {
        assertEquals("0.1", DoubleText.of(0.1));
        assertEquals("1.0", DoubleText.of(1.0));
        assertEquals("-12.5", DoubleText.of(-12.5));
        assertEquals("1.0E-4", DoubleText.of(1e-4)); // Java's notation, which CellNumbers reads as pandas' 0.0001
        assertEquals("", DoubleText.of(Double.NaN));
        assertEquals("inf", DoubleText.of(Double.POSITIVE_INFINITY));
        assertEquals(0.30000000000000004, CellNumbers.parse(DoubleText.of(0.1 + 0.2)));
    }

    @Test
    void numbersTravelAsTheFileStoresThemAndColumnsReadAsNumbersOnlyHaveNoText() throws IOException {
        Path file = spark("numbers.parquet", Layout.spark().small(10), 300);
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            int probability = table.column("p_yes");
            table.numbersOnly(new int[] {probability});
            List<CsvRow> rows = new ArrayList<>();
            for (RowChunk chunk = table.nextChunk(1); chunk != null; chunk = table.nextChunk(1)) {
                rows.addAll(table.rows(chunk));
            }
            CsvRow last = rows.get(299);
            assertNull(last.cells()[probability], "read as a number only");
            assertEquals(299 / 1000.0 + 0.0001, last.number(probability));
            assertEquals(DoubleText.of(299 / 1000.0 + 0.0001), last.text(probability));
            assertEquals(1_000_000_000_299.0, last.number(table.column("id")));
            assertEquals(Double.NaN, last.number(table.column("label")));
            assertEquals(Double.NaN, rows.get(3).number(table.column("label")), "a null");
        }
    }

    @Test
    void aRowIsNamedByItsPositionAndItsRowGroup() throws IOException {
        Path file = spark("groups.parquet", Layout.spark().small(10), 450);
        try (DataTable table = DataTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals("Row 1 of " + file + " (row group 0, row 0 in it, both counted from 0)", table.where(1));
            assertTrue(table.where(450).startsWith("Row 450 of " + file + " (row group "), table.where(450));
        }
    }

    @Test
    void aFileThatIsNotParquetIsRefusedWithASentence() throws IOException {
        Path file = Files.writeString(dir.resolve("data.parquet"), "actual,predicted\nyes,no\n");
        InputException e = assertThrows(InputException.class,
                () -> DataTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertEquals("The data file " + file + " is not a Parquet file (it does not start and end with PAR1); check"
                + " that it is complete, or name it .csv or .jsonl if it is text.", e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedWithASentence() throws IOException {
        Path whole = spark("whole.parquet", Layout.spark(), 100);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        InputException e = assertThrows(InputException.class,
                () -> DataTable.open(cut, new BadRows(BadRowPolicy.FAIL)));
        assertTrue(e.getMessage().startsWith("The data file " + cut + " is not a Parquet file"), e.getMessage());
    }
}

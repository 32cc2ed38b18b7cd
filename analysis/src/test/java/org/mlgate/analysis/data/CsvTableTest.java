package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class CsvTableTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<CsvRow> readAll(CsvTable table) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = table.next(); row != null; row = table.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsTheHeaderTrimmed() throws IOException {
        try (CsvTable table = CsvTable.open(write("a.csv", "x, y ,label\n1,2,a\n"), new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(List.of("x", "y", "label"), table.header());
            assertEquals(2, table.column("label"));
            assertEquals(-1, table.column("nope"));
        }
    }

    @Test
    void numbersRowsByTheLineTheyStartOnSkippingEmptyLinesAndCountingQuotedNewlines() throws IOException {
        Path file = write("a.csv", "x,label\n1,a\n\n\"two\nlines\",b\n3,c\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            List<CsvRow> rows = readAll(table);
            assertEquals(List.of(2L, 4L, 6L), rows.stream().map(CsvRow::line).toList());
            assertArrayEquals(new String[] {"two\nlines", "b"}, rows.get(1).cells());
        }
    }

    @Test
    void columnsReadAsNumbersOnlyHoldTheNumberAndNoTextUnlessTheCellIsNotANumber() throws IOException {
        // Rows read while the table was opened (to check the file) are text already: the last rows are not.
        Path file = write("p.csv", "label,p_a,p_b\n" + "z,0.5,0.5\n".repeat(20_000)
                + "a, 0.25 ,0.75\nb,\"0.5\",high\nc,,1e-1\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            table.numbersOnly(new int[] {1, 2});
            List<CsvRow> all = readAll(table);
            List<CsvRow> rows = all.subList(all.size() - 3, all.size());
            assertNull(rows.get(0).cells()[1]);
            assertEquals(0.25, rows.get(0).number(1));
            assertEquals("0.25", rows.get(0).text(1));
            assertEquals(0.5, rows.get(1).number(1)); // quoted: read as text, parsed on demand
            assertEquals("high", rows.get(1).text(2)); // not a number: the text stays for the message
            assertTrue(Double.isNaN(rows.get(1).number(2)));
            assertEquals("", rows.get(2).text(1));
            assertEquals(0.1, rows.get(2).number(2));
            assertEquals("c", rows.get(2).cells()[0]);
        }
    }

    @Test
    void readsTabSeparatedFilesByTheirTsvName() throws IOException {
        try (CsvTable table = CsvTable.open(write("a.tsv", "x\tlabel\n1,5\ta\n"), new BadRows(BadRowPolicy.FAIL))) {
            assertArrayEquals(new String[] {"1,5", "a"}, table.next().cells());
        }
    }

    @Test
    void readsGzipFilesAndHashesTheCompressedBytes() throws IOException {
        Path file = dir.resolve("a.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("x\tlabel\n1\ta\n2\tb\n".getBytes(StandardCharsets.UTF_8));
        }
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertEquals(2, readAll(table).size());
            assertEquals(Sha256.ofFile(file), table.sha256());
        }
    }

    @Test
    void hashesTheWholeFileOnceTheRowsAreRead() throws IOException {
        Path file = write("a.csv", "x,label\n1,a\n2,b\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            assertThrows(IllegalStateException.class, table::sha256);
            readAll(table);
            assertTrue(table.sha256().matches("[0-9a-f]{64}"), table.sha256());
            assertEquals(Sha256.ofFile(file), table.sha256());
        }
    }

    @Test
    void aRowWithTheWrongCellCountFailsWithItsLineNumber() throws IOException {
        Path file = write("a.csv", "x,label\n1,a\n2,b,extra\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL))) {
            table.next();
            InputException e = assertThrows(InputException.class, table::next);
            assertTrue(e.getMessage().startsWith("Line 3 of " + file + " has 3 cells but the header has 2."), e.getMessage());
        }
    }

    @Test
    void aRowWithTheWrongCellCountIsSkippedAndCountedWhenAsked() throws IOException {
        BadRows bad = new BadRows(BadRowPolicy.SKIP);
        try (CsvTable table = CsvTable.open(write("a.csv", "x,label\n1\n2,b\n3,c,d\n"), bad)) {
            assertEquals(1, readAll(table).size());
            assertEquals(2, bad.skipped());
            assertEquals("Skipped 2 bad rows (onBadRow=skip): 2 with the wrong number of cells (lines 2, 4).",
                    bad.note().orElseThrow());
        }
    }

    @Test
    void aHeaderOnlyFileIsAnError() throws IOException {
        Path file = write("a.csv", "x,label\n");
        InputException e = assertThrows(InputException.class, () -> CsvTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertEquals("The data file " + file + " has a header row but no data rows; point the plugin at the file "
                + "with the validation rows.", e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = write("a.csv", "");
        InputException e = assertThrows(InputException.class, () -> CsvTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertTrue(e.getMessage().startsWith("The data file " + file + " is empty"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path file = dir.resolve("missing.csv");
        InputException e = assertThrows(InputException.class, () -> CsvTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertTrue(e.getMessage().startsWith("The data file " + file + " does not exist"), e.getMessage());
    }

    @Test
    void aDuplicateColumnNameIsAnError() throws IOException {
        Path file = write("a.csv", "x,x,label\n1,2,a\n");
        InputException e = assertThrows(InputException.class, () -> CsvTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertTrue(e.getMessage().contains("has the column 'x' twice"), e.getMessage());
    }

    @Test
    void aFileThatIsNotGzipDespiteItsNameIsAnError() throws IOException {
        Path file = write("a.csv.gz", "x,label\n1,a\n");
        InputException e = assertThrows(InputException.class, () -> CsvTable.open(file, new BadRows(BadRowPolicy.FAIL)));
        assertTrue(e.getMessage().startsWith("The data file " + file + " cannot be read as gzip-compressed text"), e.getMessage());
    }

    @Test
    void detectsSemicolonsTabsAndBarsFromTheHeader() throws IOException {
        for (String sep : new String[] {";", "\t", "|"}) {
            String content = "x" + sep + "\"a" + sep + "b\"" + sep + "label\n1" + sep + "2,5" + sep + "yes\n";
            try (CsvTable table = CsvTable.open(write("a.csv", content), new BadRows(BadRowPolicy.FAIL))) {
                assertEquals(List.of("x", "a" + sep + "b", "label"), table.header(), sep);
                assertArrayEquals(new String[] {"1", "2,5", "yes"}, table.next().cells(), sep);
            }
        }
    }

    @Test
    void readsDecimalCommasAsNumbersWhenAskedAndLeavesTextAlone() throws IOException {
        Path file = write("a.csv", "x;name;label\n-3,14;Smith, John;yes\n2,5e-3;1,2,3;no\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL), new CsvFormat(';', true))) {
            assertArrayEquals(new String[] {"-3.14", "Smith, John", "yes"}, table.next().cells());
            assertArrayEquals(new String[] {"2.5e-3", "1,2,3", "no"}, table.next().cells());
        }
    }

    @Test
    void aHeaderOfOneColumnHoldingSemicolonsSaysToSetTheDelimiter() throws IOException {
        Path file = write("a.csv", "make;type\nvw;car\n");
        try (CsvTable table = CsvTable.open(file, new BadRows(BadRowPolicy.FAIL), new CsvFormat(',', false))) {
            assertTrue(table.delimiterHint().contains("set the delimiter (ml.delimiter) to ';'"),
                    table.delimiterHint());
        }
    }

    @Test
    void decimalCommasWithCommasBetweenCellsAreRefused() {
        InputException e = assertThrows(InputException.class, () -> new CsvFormat(',', true));
        assertTrue(e.getMessage().contains("set the delimiter to ';'"), e.getMessage());
    }

    @Test
    void returnsNullAgainAfterTheEnd() throws IOException {
        try (CsvTable table = CsvTable.open(write("a.csv", "x,label\n1,a\n"), new BadRows(BadRowPolicy.FAIL))) {
            readAll(table);
            assertNull(table.next());
        }
    }
}

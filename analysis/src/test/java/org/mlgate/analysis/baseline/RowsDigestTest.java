package org.mlgate.analysis.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.data.ScoredRow;

/** The identity of validation rows: what it depends on and what it ignores. */
class RowsDigestTest {
    private static final List<String> COLUMNS = List.of("x", "y");

    private static ScoredRow row(long index, String x, String y, String actual, String predicted) {
        return new ScoredRow(index, index + 2, new String[] {x, y}, actual, predicted, null, Double.NaN, Double.NaN);
    }

    private static List<ScoredRow> rows(String predictionOfFirst) {
        return List.of(row(0, "1.0", "2", "a", predictionOfFirst), row(1, "3.5", "4", "b", "b"),
                row(2, "1.0", "2", "b", "a"));
    }

    private static String digest(List<String> columns, List<ScoredRow> rows) {
        RowsDigest digest = new RowsDigest(columns);
        rows.forEach(digest::add);
        return digest.value();
    }

    /** The definition the digest had when reports were first stored: FNV-1a over getBytes(UTF_8), SplitMix64. */
    private static long referenceHash(String actual, List<String> columns, String[] cells) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(columns::get));
        long h = 0xcbf29ce484222325L;
        h = fnv(h, actual);
        for (int i : order) {
            h = fnv(h, columns.get(i));
            h = fnv(h, cells[i].trim());
        }
        long z = h;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long fnv(long h, String text) {
        long x = h;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            x = (x ^ (b & 0xff)) * 0x100000001b3L;
        }
        return (x ^ 0x1f) * 0x100000001b3L;
    }

    @Test
    void rowKeysStayTheFnvOfTheUtf8BytesSoThatStoredReportsStillMatch() {
        List<String> columns = List.of("ville", "名前", "x");
        RowsDigest digest = new RowsDigest(columns);
        String[][] rows = {{"Zürich", "東京", "1.5"}, {"a\uD83D\uDE00b", "\uD800", "é"}, {"", "ß", "-0"}};
        for (String[] cells : rows) {
            ScoredRow row = new ScoredRow(0, 2, cells, "ja", "nein", null, Double.NaN, Double.NaN);
            assertEquals(referenceHash("ja", columns, cells), digest.hash(row), String.join("|", cells));
        }
    }

    @Test
    void sameRowsInAnotherOrderHaveTheSameDigest() {
        List<ScoredRow> shuffled = new ArrayList<>(rows("a"));
        Collections.reverse(shuffled);
        assertEquals(digest(COLUMNS, rows("a")), digest(COLUMNS, shuffled));
    }

    @Test
    void predictionsOfAnotherModelDoNotChangeTheDigest() {
        assertEquals(digest(COLUMNS, rows("a")), digest(COLUMNS, rows("b")));
    }

    @Test
    void anotherActualValueChangesTheDigest() {
        List<ScoredRow> changed = new ArrayList<>(rows("a"));
        changed.set(1, row(1, "3.5", "4", "a", "b"));
        assertNotEquals(digest(COLUMNS, rows("a")), digest(COLUMNS, changed));
    }

    @Test
    void anotherFeatureCellChangesTheDigest() {
        List<ScoredRow> changed = new ArrayList<>(rows("a"));
        changed.set(1, row(1, "3.5", "5", "b", "b"));
        assertNotEquals(digest(COLUMNS, rows("a")), digest(COLUMNS, changed));
    }

    @Test
    void aMissingRowChangesTheDigest() {
        assertNotEquals(digest(COLUMNS, rows("a")), digest(COLUMNS, rows("a").subList(0, 2)));
    }

    @Test
    void columnsInAnotherOrderHaveTheSameDigest() {
        List<ScoredRow> swapped = rows("a").stream()
                .map(r -> new ScoredRow(r.index(), r.line(), new String[] {r.cells()[1], r.cells()[0]},
                        r.actualLabel(), r.predictedLabel(), null, Double.NaN, Double.NaN))
                .toList();
        assertEquals(digest(COLUMNS, rows("a")), digest(List.of("y", "x"), swapped));
    }

    @Test
    void mergedPartsEqualTheWhole() {
        RowsDigest first = new RowsDigest(COLUMNS);
        RowsDigest second = new RowsDigest(COLUMNS);
        first.add(rows("a").get(0));
        rows("a").subList(1, 3).forEach(second::add);
        first.merge(second);
        assertEquals(digest(COLUMNS, rows("a")), first.value());
    }

    @Test
    void digestStartsWithTheRowCount() {
        assertEquals("3-", digest(COLUMNS, rows("a")).substring(0, 2));
    }
}

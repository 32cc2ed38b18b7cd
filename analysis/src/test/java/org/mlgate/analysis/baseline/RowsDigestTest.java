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

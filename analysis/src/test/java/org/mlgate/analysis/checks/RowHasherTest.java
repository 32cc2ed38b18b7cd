package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RowHasherTest {

    private static long row(String... cells) {
        long hash = RowHasher.start();
        for (String cell : cells) {
            hash = RowHasher.fold(hash, RowHasher.cell(cell));
        }
        return hash;
    }

    @Test
    void numbersHashByValueNotSpelling() {
        assertEquals(RowHasher.cell("1"), RowHasher.cell(" 1.0 "));
        assertEquals(RowHasher.cell("-0"), RowHasher.cell("0"));
        assertEquals(RowHasher.cell("1e3"), RowHasher.number(1000));
    }

    @Test
    void textKeepsItsCaseAndDiffersFromNumbers() {
        assertNotEquals(RowHasher.cell("Yes"), RowHasher.cell("yes"));
        assertNotEquals(RowHasher.cell("1f"), RowHasher.cell("1"));
    }

    @Test
    void swappedCellsGiveAnotherRowHash() {
        assertNotEquals(row("a", "b"), row("b", "a"));
        assertNotEquals(row("ab", ""), row("a", "b"));
    }

    @Test
    void countsTableKeepsCountsAndMarksAcrossGrowth() {
        LongCounts counts = new LongCounts();
        for (long key = -50_000; key < 50_000; key++) {
            counts.add(RowHasher.fmix(key), 1);
        }
        counts.add(RowHasher.fmix(7), 2);
        counts.add(0L, 1); // fmix(0) is 0, so key 0 is already in: it is kept apart from the table
        assertEquals(100_000, counts.size());
        assertEquals(2, counts.count(0L));
        assertEquals(3, counts.count(RowHasher.fmix(7)));
        assertEquals(true, counts.mark(RowHasher.fmix(7), 1));
        assertEquals(false, counts.mark(RowHasher.fmix(7), 1));
        assertEquals(true, counts.mark(RowHasher.fmix(8), 2));
        assertEquals(false, counts.mark(12345L, 1));
        assertEquals(3, counts.markedTotal(1, 0));
        assertEquals(1, counts.markedTotal(2, 1));
    }
}

package org.mlgate.analysis.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CellCacheTest {

    private static String cell(CellCache cache, int column, String text) {
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);
        return cache.cell(column, bytes, 1, bytes.length - 1);
    }

    @Test
    void aRepeatedValueIsOneStringTrimmedAsStringTrimWouldTrimIt() {
        CellCache cache = new CellCache();
        String first = cell(cache, 0, " yes ");
        assertEquals("yes", first);
        assertSame(first, cell(cache, 0, "yes\t"));
        assertEquals("no", cell(cache, 0, "no"));
        assertEquals("", cell(cache, 0, "   "));
        assertEquals("caf\u00e9 \u00fcber", cell(cache, 0, " caf\u00e9 \u00fcber "));
    }

    @Test
    void columnsAreCachedApartAndCollidingValuesAreNeverConfused() {
        CellCache cache = new CellCache();
        for (int i = 0; i < 5000; i++) {
            String value = Integer.toString(i % 300); // more values than slots: collisions replace, never mix up
            assertEquals(value, cell(cache, 1, value));
            assertEquals("v" + value, cell(cache, 0, "v" + value));
        }
    }

    @Test
    void aColumnWhoseValuesRarelyRepeatStopsBeingLookedUpButStillReadsRight() {
        CellCache cache = new CellCache();
        for (int i = 0; i < 2000; i++) {
            assertEquals("id-" + i, cell(cache, 0, "id-" + i));
        }
        assertNotSame(cell(cache, 0, "id-1999"), cell(cache, 0, "id-1999")); // no longer cached
        String label = cell(cache, 1, "yes");
        assertSame(label, cell(cache, 1, "yes")); // another column still is
    }
}

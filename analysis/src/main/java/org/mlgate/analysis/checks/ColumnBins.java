package org.mlgate.analysis.checks;

import java.util.HashMap;
import java.util.Map;

/** Codes for the values of a text column or a label, for the single-column rules and the rank tests. */
final class ColumnBins {

    private ColumnBins() {
    }

    /** One code per distinct text, numbered from 0 in order of first occurrence. */
    static int[] ofValues(String[] values) {
        Map<String, Integer> ids = new HashMap<>();
        int[] bin = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bin[i] = ids.computeIfAbsent(values[i], v -> ids.size());
        }
        return bin;
    }

    /** How many codes there are: the largest plus one. */
    static int count(int[] codes) {
        int max = -1;
        for (int b : codes) {
            max = Math.max(max, b);
        }
        return max + 1;
    }
}

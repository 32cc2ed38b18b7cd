package org.mlgate.analysis.gate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest known name to a misspelt one, when it is close enough to be what was meant. */
final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The candidate with the fewest edits (case ignored), if at most a third of the name's length (at least two)
     * differs; a candidate that contains the name or is contained in it ({@code auc} for {@code aucRoc}) also counts.
     */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, wanted.length() / 3)) {
            return Optional.of(best);
        }
        return candidates.stream()
                .filter(c -> wanted.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(wanted))
                .findFirst();
    }

    /** Levenshtein distance with transpositions of neighbours (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package org.mlgate.analysis.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlgate.analysis.InputException;

/**
 * Applies the {@link BadRowPolicy} to rows that cannot be scored: throws for {@code FAIL}, counts by reason for
 * {@code SKIP} so that the notes can say how many rows were left out, why, and where the first ones are.
 */
public final class BadRows {

    private static final int LINES_SHOWN = 5;

    private final BadRowPolicy policy;
    private final Map<String, Reason> reasons = new LinkedHashMap<>();
    private long skipped;
    private String position = "line";

    public BadRows(BadRowPolicy policy) {
        this.policy = policy == null ? BadRowPolicy.FAIL : policy;
    }

    /**
     * A bad row. With {@code FAIL} throws an InputException with {@code message} (which names the file, line and
     * cell); with {@code SKIP} counts it under {@code reason} (a short phrase such as "an empty actual value").
     */
    public void reject(long line, String reason, String message) {
        if (policy == BadRowPolicy.FAIL) {
            throw new InputException(message + " Fix the row, or set onBadRow to skip to leave such rows out.");
        }
        skipped++;
        Reason r = reasons.computeIfAbsent(reason, k -> new Reason());
        r.count++;
        if (r.firstLines.size() < LINES_SHOWN) {
            r.firstLines.add(line);
        }
    }

    /** Names the positions in the note {@code word}s: "line" (the default) or, for a Parquet file, "row". */
    public void namePositions(String word) {
        position = word;
    }

    public long skipped() {
        return skipped;
    }

    /** "Skipped 3 bad rows (onBadRow=skip): 2 with an empty actual value (lines 4, 9); 1 with ... (line 12)." */
    public Optional<String> note() {
        if (skipped == 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        reasons.forEach((reason, r) -> parts.add(r.count + " with " + reason + " (" + position + (r.firstLines.size() > 1 ? "s " : " ")
                + String.join(", ", r.firstLines.stream().map(String::valueOf).toList())
                + (r.count > r.firstLines.size() ? ", ..." : "") + ")"));
        return Optional.of("Skipped " + skipped + " bad row" + (skipped == 1 ? "" : "s") + " (onBadRow=skip): "
                + String.join("; ", parts) + ".");
    }

    private static final class Reason {
        long count;
        final List<Long> firstLines = new ArrayList<>();
    }
}

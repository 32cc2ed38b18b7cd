package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.Rejection;

/**
 * What reading a state's rows counted besides the consumers: rows scored, rows skipped (per reason, with the first
 * lines, as {@link BadRows} keeps them), probabilities renormalised, the labels seen, and the first failure: a bad
 * row under {@code onBadRow=fail}, or any other mistake in the rows, which the merger raises when it reaches the
 * state, so that the first failure in row order is the one reported, whichever partition finished first.
 */
final class RowAccount {
    /** As many first lines per reason as {@link BadRows} names. */
    static final int LINES_KEPT = 5;

    /** One reason's skipped rows. */
    record Skipped(long count, List<Long> firstLines) {
    }

    long scored;
    long renormalised;
    final Set<String> seenLabels = new TreeSet<>();
    final Map<String, Skipped> skipped = new LinkedHashMap<>();
    /** The message of the first failure, or null. */
    String failure;

    /** Applies a rejected row to the bad-row policy: a failure for {@code fail}, counted for {@code skip}. */
    void reject(Rejection rejection, BadRowPolicy policy) {
        if (policy == BadRowPolicy.FAIL) {
            failAt(rejection);
            return;
        }
        Skipped before = skipped.get(rejection.reason());
        List<Long> lines = new ArrayList<>(before == null ? List.of() : before.firstLines());
        if (lines.size() < LINES_KEPT) {
            lines.add(rejection.line());
        }
        skipped.put(rejection.reason(), new Skipped(before == null ? 1 : before.count() + 1, List.copyOf(lines)));
    }

    private void failAt(Rejection rejection) {
        try {
            rejection.applyTo(new BadRows(BadRowPolicy.FAIL)); // the very sentence one pass would end with
        } catch (InputException e) {
            failure = e.getMessage();
        }
    }

    long skippedRows() {
        return skipped.values().stream().mapToLong(Skipped::count).sum();
    }

    /** Adds a later state's account; its failure counts only when this one has none. */
    void merge(RowAccount later) {
        scored += later.scored;
        renormalised += later.renormalised;
        seenLabels.addAll(later.seenLabels);
        later.skipped.forEach((reason, theirs) -> {
            Skipped mine = skipped.get(reason);
            List<Long> lines = new ArrayList<>(mine == null ? List.of() : mine.firstLines());
            for (long line : theirs.firstLines()) {
                if (lines.size() < LINES_KEPT) {
                    lines.add(line);
                }
            }
            skipped.put(reason, new Skipped((mine == null ? 0 : mine.count()) + theirs.count(), List.copyOf(lines)));
        });
        if (failure == null) {
            failure = later.failure;
        }
    }

    /** The skipped rows as {@link BadRows} would hold them after one pass, for its note. */
    BadRows badRows() {
        BadRows rows = new BadRows(BadRowPolicy.SKIP);
        skipped.forEach((reason, s) -> {
            for (long line : s.firstLines()) {
                rows.reject(line, reason, reason);
            }
            long last = s.firstLines().isEmpty() ? 0 : s.firstLines().get(s.firstLines().size() - 1);
            for (long i = s.firstLines().size(); i < s.count(); i++) {
                rows.reject(last, reason, reason); // beyond the lines kept: counted only
            }
        });
        return rows;
    }

    void write(StateOutput out) {
        out.writeLong(scored);
        out.writeLong(renormalised);
        out.writeStrings(List.copyOf(seenLabels));
        out.writeInt(skipped.size());
        skipped.forEach((reason, s) -> {
            out.writeString(reason);
            out.writeLong(s.count());
            out.writeLongs(s.firstLines().stream().mapToLong(Long::longValue).toArray());
        });
        out.writeString(failure);
    }

    static RowAccount read(StateInput in, StateHeader.Shared shared, long rows) {
        RowAccount account = new RowAccount();
        account.scored = in.readLong("scored rows", 0, rows);
        account.renormalised = in.readLong("renormalised rows", 0, account.scored);
        account.seenLabels.addAll(in.readStrings("labels seen", shared.maxClasses()));
        int reasons = in.readCount("reasons to skip a row", 64, 16);
        for (int i = 0; i < reasons; i++) {
            String reason = in.readText("reason");
            long count = in.readLong("skipped rows", 1, rows);
            long[] lines = in.readLongs("skipped lines", Math.min(LINES_KEPT, count));
            if (lines.length != Math.min(LINES_KEPT, count)) {
                throw StateRejection.damaged("it names " + lines.length + " lines of " + count + " skipped rows");
            }
            account.skipped.put(reason, new Skipped(count, java.util.Arrays.stream(lines).boxed().toList()));
        }
        account.failure = in.readString();
        return account;
    }
}

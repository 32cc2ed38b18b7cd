package org.mlgate.analysis.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.mlgate.analysis.InputException;

/**
 * Whether a baseline may be compared with the challenger: same task always; same rows, positive label and labels
 * unless {@code allowDifferentData}, in which case each difference becomes a note.
 */
final class Compatibility {
    private Compatibility() {
    }

    /**
     * @param where how to name the baseline in a message ("The baseline report target/champion/report.json")
     * @return notes on the differences that were allowed
     * @throws InputException when the tasks differ, or something else differs and allowDifferentData is off
     */
    static List<String> check(String where, BaselineFacts baseline, BaselineFacts challenger, boolean allowDifferent) {
        if (!Objects.equals(baseline.task(), challenger.task())) {
            throw new InputException(where + " is of a " + baseline.task() + " model but this model is "
                    + challenger.task() + "; point baseline to a report of the same task.");
        }
        List<String> differences = new ArrayList<>();
        if (baseline.rowsDigest() == null) {
            differences.add("has no rowsDigest (it was written by an older mlgate), so its rows cannot be"
                    + " recognised");
        } else if (!baseline.rowsDigest().equals(challenger.rowsDigest())) {
            differences.add("was computed on other validation rows (rowsDigest " + baseline.rowsDigest()
                    + ", these rows " + challenger.rowsDigest() + ")");
        }
        if (!Objects.equals(baseline.positiveLabel(), challenger.positiveLabel())) {
            differences.add("has positive label '" + baseline.positiveLabel() + "' but this evaluation has '"
                    + challenger.positiveLabel() + "'");
        }
        if (!new HashSet<>(baseline.labels()).equals(new HashSet<>(challenger.labels()))) {
            differences.add("has labels " + baseline.labels() + " but this evaluation has " + challenger.labels());
        }
        if (differences.isEmpty()) {
            return List.of();
        }
        if (!allowDifferent) {
            throw new InputException(where + " " + differences.get(0) + "; evaluate the baseline on the same"
                    + " validation data with the same settings, or set allowDifferentData (ml.allowDifferentData)"
                    + " to compare anyway.");
        }
        return differences.stream().map(d -> "The baseline " + d + "; compared anyway (allowDifferentData).")
                .toList();
    }
}

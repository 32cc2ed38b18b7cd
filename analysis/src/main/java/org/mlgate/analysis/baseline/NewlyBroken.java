package org.mlgate.analysis.baseline;

import java.util.List;

/**
 * Rows the baseline got right and the challenger gets wrong, for one (actual, challenger's prediction) pair:
 * report.json's {@code baseline.newlyBroken[]}.
 *
 * @param lines up to five 1-based line numbers of the data file, as examples
 */
public record NewlyBroken(String actual, String predicted, long count, List<Long> lines) {
    public NewlyBroken {
        lines = List.copyOf(lines);
    }
}

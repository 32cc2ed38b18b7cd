package org.mlgate.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.CellNumbers;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Predictions-file mode has no model to score shuffled rows with, so it cannot say what the model relies on; it can
 * say where the errors are. For every column the same statistic: how much of the variance of the per-row error (1
 * for a wrong prediction, 0 for a right one; the absolute error for regression) the column's groups explain, as the
 * adjusted R squared of a one-way analysis of variance (epsilon squared, Kelley 1935):
 * {@code 1 - (SS_within / (n - k)) / (SS_total / (n - 1))}. The adjustment for the number of groups {@code k} makes
 * a column unrelated to the errors score about 0, as often below as above it, where the raw share (eta squared)
 * would always be positive and larger for columns with more groups.
 *
 * <p>Groups: a numeric column (every non-empty cell a number, more than {@value #MAX_LEVELS_AS_NUMBERS} distinct
 * values) is cut into quintiles of the sample; any other column's values are groups, values with fewer than
 * {@value #MIN_GROUP_ROWS} rows pooled into one; empty cells are a group of their own. At most
 * {@value #MAX_GROUPS} groups: the smallest are pooled.
 *
 * <p>Interval: a percentile Poisson bootstrap of the sampled rows (the groups kept as cut on the sample).
 */
final class ErrorAssociation {
    static final int MAX_LEVELS_AS_NUMBERS = 10;
    static final int MIN_GROUP_ROWS = 5;
    static final int MAX_GROUPS = 50;
    static final int QUANTILES = 5;
    static final int REPLICATES = 200;

    private ErrorAssociation() {
    }

    /**
     * @param sample  the sampled rows
     * @param rows    the validation rows in all
     * @param replicates bootstrap replicates; 0 for no intervals
     */
    static Importance compute(Task task, List<String> columns, List<ScoredRow> sample, long rows, int replicates,
                              double level, long seed) {
        if (sample.isEmpty()) {
            return null;
        }
        int n = sample.size();
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            ScoredRow row = sample.get(i);
            error[i] = task == Task.CLASSIFICATION ? (row.actualLabel().equals(row.predictedLabel()) ? 0 : 1)
                    : Math.abs(row.actualValue() - row.predictedValue());
        }
        int b = Math.min(replicates, REPLICATES);
        int[][] weights = new int[b][n];
        for (int r = 0; r < b; r++) {
            SplittableRandom random = new SplittableRandom(PermutationImportance.mix(seed ^ 0x2545F4914F6CDD1DL + r));
            for (int i = 0; i < n; i++) {
                weights[r][i] = PermutationImportance.Weights.poisson(random);
            }
        }
        List<String> notes = new ArrayList<>();
        if (variance(error) == 0) {
            notes.add("Every sampled row has the same error, so no column can explain it: every score is 0.");
        }
        List<Importance.Feature> features = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int[] group = groups(sample, c);
            double value = epsilonSquared(error, group, null);
            Double lower = null;
            Double upper = null;
            if (b > 0) {
                double[] replicate = new double[b];
                for (int r = 0; r < b; r++) {
                    replicate[r] = epsilonSquared(error, group, weights[r]);
                }
                double[] interval = percentile(replicate, level);
                if (interval != null) {
                    lower = interval[0];
                    upper = interval[1];
                }
            }
            features.add(new Importance.Feature(columns.get(c), 0,
                    Map.of(Importance.ERROR_VARIANCE_EXPLAINED, new Importance.Score(value, lower, upper)), null));
        }
        String error0 = task == Task.CLASSIFICATION ? "whether a prediction is wrong" : "the absolute error";
        String description = "How much of the variance of " + error0 + " each column's values (or quintile bins)"
                + " explain among " + n + " validation rows, adjusted for the number of groups (epsilon squared):"
                + " about 0 for a column unrelated to the errors. It shows where the errors are, not what the model"
                + " uses (a predictions file has no model to ask)" + (b > 0 ? "; " + Math.round(level * 100)
                + "% bootstrap intervals" : "") + ".";
        return new Importance(Importance.ERROR_ASSOCIATION, description, List.of(Importance.ERROR_VARIANCE_EXPLAINED),
                rows, n, null, b, b > 0 ? level : null,
                PermutationImportance.ranked(features, Importance.ERROR_VARIANCE_EXPLAINED), null, null,
                List.copyOf(notes));
    }

    /** Each sampled row's group in column {@code column}. */
    static int[] groups(List<ScoredRow> sample, int column) {
        int n = sample.size();
        double[] numbers = new double[n];
        Map<String, Integer> distinct = new HashMap<>();
        boolean numeric = true;
        for (int i = 0; i < n; i++) {
            String cell = sample.get(i).cells()[column];
            numbers[i] = cell == null || cell.isEmpty() ? Double.NaN : CellNumbers.parse(cell);
            if (cell != null && !cell.isEmpty()) {
                numeric &= !Double.isNaN(numbers[i]);
                if (distinct.size() <= MAX_GROUPS * 4) {
                    distinct.merge(cell, 1, Integer::sum);
                }
            }
        }
        int[] group = new int[n];
        if (numeric && distinct.size() > MAX_LEVELS_AS_NUMBERS) {
            double[] sorted = Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).sorted().toArray();
            double[] cuts = new double[QUANTILES - 1];
            for (int q = 1; q < QUANTILES; q++) {
                cuts[q - 1] = sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length / (double) QUANTILES))];
            }
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(numbers[i])) {
                    group[i] = QUANTILES; // empty cells
                } else {
                    int bin = 0;
                    while (bin < cuts.length && numbers[i] >= cuts[bin]) {
                        bin++;
                    }
                    group[i] = bin;
                }
            }
            return group;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ScoredRow row : sample) {
            counts.merge(levelOf(row.cells()[column]), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> bySize = new ArrayList<>(counts.entrySet());
        bySize.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> level : bySize) {
            if (level.getValue() >= MIN_GROUP_ROWS && codes.size() < MAX_GROUPS - 1) {
                codes.put(level.getKey(), codes.size());
            }
        }
        int pooled = codes.size();
        for (int i = 0; i < n; i++) {
            group[i] = codes.getOrDefault(levelOf(sample.get(i).cells()[column]), pooled);
        }
        return group;
    }

    private static String levelOf(String cell) {
        return cell == null ? "" : cell;
    }

    /** The adjusted R squared of the groups, each row weighted; 0 when the errors do not vary or one group remains. */
    static double epsilonSquared(double[] error, int[] group, int[] weights) {
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double[] sum = new double[groups];
        double[] count = new double[groups];
        double total = 0;
        double totalSquares = 0;
        double n = 0;
        for (int i = 0; i < error.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            sum[group[i]] += w * error[i];
            count[group[i]] += w;
            total += w * error[i];
            totalSquares += w * error[i] * error[i];
            n += w;
        }
        double ssTotal = totalSquares - total * total / n;
        int k = 0;
        double ssBetween = 0;
        for (int g = 0; g < groups; g++) {
            if (count[g] > 0) {
                k++;
                ssBetween += sum[g] * sum[g] / count[g];
            }
        }
        ssBetween -= total * total / n;
        if (!(ssTotal > 1e-12 * Math.max(1, totalSquares)) || k < 2 || n <= k) {
            return 0;
        }
        double ssWithin = Math.max(0, ssTotal - ssBetween);
        return 1 - (ssWithin / (n - k)) / (ssTotal / (n - 1));
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    }

    /** numpy's linear-interpolation percentile interval of the finite values; null when fewer than half are. */
    static double[] percentile(double[] values, double level) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || finite.length * 2 < values.length) {
            return null;
        }
        double alpha = (1 - level) / 2;
        return new double[] {quantile(finite, alpha), quantile(finite, 1 - alpha)};
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Seeded validation data with the ten kinds of columns real tables have, for calibrating weak-slice discovery:
 * <ul>
 *   <li>{@code amount}: skewed continuous, lognormal(3, 1), two decimals;</li>
 *   <li>{@code score}: continuous, normal(0, 1), three decimals;</li>
 *   <li>{@code age}: integer 18 to 90 (ties);</li>
 *   <li>{@code visits}: zero-inflated count (half are 0, the rest geometric), heavy ties;</li>
 *   <li>{@code ratio}: uniform(0, 1) with 15% missing cells;</li>
 *   <li>{@code flag}: 2 levels, 95% / 5% (so the rest of {@code flag = no} is small);</li>
 *   <li>{@code region}: 5 equally frequent levels r1..r5;</li>
 *   <li>{@code product}: 20 levels with Zipf frequencies (the rarest about 1%);</li>
 *   <li>{@code channel}: 8 levels with 10% missing cells;</li>
 *   <li>{@code plan}: 3 levels p1 / p2 / p3 at 60% / 30% / 10%.</li>
 * </ul>
 * Whether a row is wrong (classification) or how large its error is (regression) is decided by a function of its
 * cells, so the complete null ("errors independent of every column") and planted weak slices use the same rows. The
 * cells and the outcomes come from two independent streams split from the seed, so that under the null nothing but
 * chance links them (one shared {@code java.util.Random} would tie each outcome to how many draws its cells took).
 */
final class SimulatedData {

    static final List<String> COLUMNS = List.of("amount", "score", "age", "visits", "ratio", "flag", "region",
            "product", "channel", "plan");
    static final int AMOUNT = 0;
    static final int REGION = 6;
    static final int PLAN = 9;
    /** The 98th percentile of lognormal(3, 1): exp(3 + 2.0537). */
    static final double AMOUNT_TOP_2_PERCENT = Math.exp(3 + 2.0537489);

    private static final double[] PRODUCT_CUMULATIVE = zipf(20);

    private SimulatedData() {
    }

    static String[] cells(RandomGenerator random) {
        String[] cells = new String[COLUMNS.size()];
        cells[0] = twoDecimals(Math.exp(3 + random.nextGaussian()));
        cells[1] = Double.toString(Math.round(random.nextGaussian() * 1000) / 1000.0);
        cells[2] = Integer.toString(18 + random.nextInt(73));
        cells[3] = random.nextBoolean() ? "0"
                : Integer.toString(1 + (int) (Math.log(random.nextDouble()) / Math.log(0.7)));
        cells[4] = random.nextDouble() < 0.15 ? "" : Double.toString(Math.round(random.nextDouble() * 1000) / 1000.0);
        cells[5] = random.nextDouble() < 0.95 ? "no" : "yes";
        cells[6] = "r" + (1 + random.nextInt(5));
        cells[7] = "item" + product(random.nextDouble());
        cells[8] = random.nextDouble() < 0.1 ? "" : "c" + (1 + random.nextInt(8));
        double plan = random.nextDouble();
        cells[9] = plan < 0.6 ? "p1" : plan < 0.9 ? "p2" : "p3";
        return cells;
    }

    /** Binary classification rows, wrong with probability {@code errorRate(cells)}. */
    static List<ScoredRow> classification(long seed, int n, ToDoubleFunction<String[]> errorRate) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom cellRandom = root.split();
        SplittableRandom random = root.split();
        List<ScoredRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] cells = cells(cellRandom);
            String actual = random.nextBoolean() ? "a" : "b";
            boolean wrong = random.nextDouble() < errorRate.applyAsDouble(cells);
            String predicted = wrong ? (actual.equals("a") ? "b" : "a") : actual;
            rows.add(new ScoredRow(i, i + 2, cells, actual, predicted, null, Double.NaN, Double.NaN));
        }
        return rows;
    }

    /**
     * Regression rows: the actual value is {@code target(cells)} times a lognormal(0, 0.25) factor, and the residual
     * is {@code errorSize(cells, actual)} times a skewed noise: a lognormal(0, {@code sigma}) magnitude with a random
     * sign (absolute errors with a long right tail, as real ones have; sigma 1.5 is a heavy tail).
     */
    static List<ScoredRow> regression(long seed, int n, double sigma, ToDoubleFunction<String[]> target,
                                      ErrorSize errorSize) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom cellRandom = root.split();
        SplittableRandom random = root.split();
        List<ScoredRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] cells = cells(cellRandom);
            double actual = target.applyAsDouble(cells) * Math.exp(0.25 * random.nextGaussian());
            double magnitude = Math.exp(sigma * random.nextGaussian());
            double residual = (random.nextBoolean() ? 1 : -1) * magnitude * errorSize.of(cells, actual);
            rows.add(new ScoredRow(i, i + 2, cells, null, null, null, actual, actual - residual));
        }
        return rows;
    }

    /** How large a row's error is, given its cells and its actual value. */
    @FunctionalInterface
    interface ErrorSize {
        double of(String[] cells, double actual);
    }

    static double amount(String[] cells) {
        return Double.parseDouble(cells[AMOUNT]);
    }

    private static String twoDecimals(double x) {
        return Double.toString(Math.round(x * 100) / 100.0);
    }

    private static int product(double u) {
        int level = 0;
        while (level < PRODUCT_CUMULATIVE.length - 1 && u > PRODUCT_CUMULATIVE[level]) {
            level++;
        }
        return level + 1;
    }

    private static double[] zipf(int levels) {
        double[] cumulative = new double[levels];
        double total = 0;
        for (int k = 1; k <= levels; k++) {
            total += 1.0 / k;
        }
        double running = 0;
        for (int k = 1; k <= levels; k++) {
            running += 1.0 / k / total;
            cumulative[k - 1] = running;
        }
        return cumulative;
    }
}

package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.mlgate.analysis.data.ScoredRow;

/**
 * Seeded synthetic validation rows with six features whose errors are more frequent (classification) or larger
 * (regression) where {@code weak} holds: region (north/south/east/west), age (uniform 20-70), income, segment
 * (a/b/c), tenure, channel (web/store/phone/partner/app).
 */
final class SyntheticRows {

    static final List<String> COLUMNS = List.of("region", "age", "income", "segment", "tenure", "channel");
    static final List<String> LABELS = List.of("no", "yes");
    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final String[] SEGMENTS = {"a", "b", "c"};
    private static final String[] CHANNELS = {"web", "store", "phone", "partner", "app"};

    static final Predicate<String[]> NOWHERE = cells -> false;
    static final Predicate<String[]> WEST_AND_OVER_60 =
            cells -> cells[0].equals("west") && Double.parseDouble(cells[1]) > 60;
    static final Predicate<String[]> WEST = cells -> cells[0].equals("west");

    private SyntheticRows() {
    }

    static String[] cells(Random random) {
        return new String[] {
            REGIONS[random.nextInt(REGIONS.length)],
            String.format(Locale.ROOT, "%.2f", 20 + 50 * random.nextDouble()),
            String.format(Locale.ROOT, "%.0f", Math.exp(10 + 0.5 * random.nextGaussian())),
            SEGMENTS[random.nextInt(SEGMENTS.length)],
            Integer.toString(random.nextInt(40)),
            CHANNELS[random.nextInt(CHANNELS.length)]};
    }

    /** Binary classification: error rate {@code baseRate}, three times that where {@code weak} holds. */
    static List<ScoredRow> classification(long seed, int n, double baseRate, Predicate<String[]> weak) {
        Random random = new Random(seed);
        List<ScoredRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] cells = cells(random);
            String actual = LABELS.get(random.nextInt(2));
            boolean wrong = random.nextDouble() < (weak.test(cells) ? 3 * baseRate : baseRate);
            String predicted = wrong ? LABELS.get(1 - LABELS.indexOf(actual)) : actual;
            double confidence = 0.5 + 0.5 * random.nextDouble();
            double[] p = predicted.equals("yes") ? new double[] {1 - confidence, confidence}
                    : new double[] {confidence, 1 - confidence};
            rows.add(new ScoredRow(i, i + 2, cells, actual, predicted, p, Double.NaN, Double.NaN));
        }
        return rows;
    }

    /** Regression: Gaussian residuals with standard deviation 1, three where {@code weak} holds. */
    static List<ScoredRow> regression(long seed, int n, Predicate<String[]> weak) {
        Random random = new Random(seed);
        List<ScoredRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] cells = cells(random);
            double actual = 100 + 10 * random.nextGaussian();
            double residual = random.nextGaussian() * (weak.test(cells) ? 3 : 1);
            rows.add(new ScoredRow(i, i + 2, cells, null, null, null, actual, actual - residual));
        }
        return rows;
    }

    static ErrorAnalysis analyse(ErrorAnalyzer analyzer, List<ScoredRow> rows) {
        rows.forEach(analyzer::add);
        return analyzer.result();
    }
}

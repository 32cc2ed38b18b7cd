package org.mlgate.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.RawRows;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;
import org.mlgate.analysis.metrics.MetricDirection;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.TaskMetrics;
import org.mlgate.analysis.stats.Quantiles;

/**
 * Permutation importance (Breiman 2001; scikit-learn's {@code permutation_importance}) on a sample of the validation
 * rows: for each column, its cells are shuffled among the sampled rows, the rows are scored again by the model, and
 * the importance is how much worse the metric gets, averaged over the repeats; positive = the model relies on the
 * column, about 0 = it does not (or the column carries nothing the other columns lack).
 *
 * <p><b>Interval.</b> The rows are a sample and the shuffles are random, so each importance gets a Poisson-bootstrap
 * interval: replicate {@code b} weighs every sampled row with a Poisson(1) draw (the same weights for every column)
 * and measures the metric on the original and on the {@code b mod repeats}-th shuffled rows with those weights; the
 * interval is the importance plus or minus the normal critical value times the replicates' standard deviation. A
 * replicate uses one shuffle, not their mean, so the interval is somewhat wider than the mean's: on the side of
 * caution for the claim "this column matters". A column the model ignores changes no prediction when shuffled: its
 * importance is exactly 0 with the interval [0, 0] and {@code used = false}, without replicates.
 *
 * <p><b>Bounded work.</b> Each replicate adds the sample's rows to a metric accumulator, so the work is about
 * columns x (replicates + repeats) x rows; above {@value #WORK_BUDGET} row additions the sample is cut (its first rows
 * by hash are a uniform sample too) to at least {@value #MIN_ROWS} rows, and at most {@value #MAX_COLUMNS} columns
 * are measured. Metrics of labels are measured without the probabilities; a multi-class metric of probabilities
 * (per-class curves, one-vs-one AUC) counts a row as {@code k^2 / 2} additions (at most {@value #MAX_ROW_WEIGHT}),
 * so a 10-class AUC gets about a fiftieth of the rows. The columns run on {@code threads} threads; each column's result depends only on its name and the
 * seed, so the report is the same on any number of threads. The model scores the shuffled rows through the source
 * that scored the file ({@link ScoredRowSource#rescorable}), so a shuffled cell is mapped to the model's features
 * exactly as the file's cells were.
 */
public final class PermutationImportance {
    /** Row additions to metric accumulators, in all: about 20 seconds of one core at the slowest metrics. */
    static final long WORK_BUDGET = 40_000_000L;
    static final int MIN_ROWS = 200;
    static final int MAX_COLUMNS = 1000;
    /** Bootstrap replicates at most: a normal interval needs a standard deviation, not far tails. */
    static final int MAX_REPLICATES = 100;
    /** The metrics that read the probabilities; the others are measured from labels alone, far faster. */
    static final java.util.Set<String> PROBABILITY_METRICS = java.util.Set.of("aucRoc", "aucRocWeighted",
            "aucRocOvo", "averagePrecision", "logLoss", "brier", "expectedCalibrationError");
    /** How much more a row costs in a multi-class metric of probabilities (per-class curves, one-vs-one AUC). */
    static final int MAX_ROW_WEIGHT = 200;

    private final ScoredRowSource source;
    private final List<String> metrics;
    private final MetricOptions options;
    private final int repeats;
    private final int threads;
    /** Whether a measured metric reads probabilities; when none does, rows are measured without them. */
    private final boolean probabilities;

    /**
     * @param metrics the metrics to measure (those the rules gate, else the headline metric); the first one ranks
     * @param options the run's options, with the positive label the pooled result chose
     */
    public PermutationImportance(ScoredRowSource source, List<String> metrics, MetricOptions options, int repeats,
                                 int threads) {
        this.source = source;
        this.metrics = List.copyOf(metrics);
        this.options = options;
        this.repeats = repeats;
        this.threads = Math.max(1, threads);
        this.probabilities = !source.probabilityLabels().isEmpty()
                && this.metrics.stream().anyMatch(PROBABILITY_METRICS::contains);
    }

    /**
     * @param sample the sampled rows, smallest hash first
     * @param rows   the validation rows in all
     * @return null when the source cannot score changed rows (a predictions file)
     */
    public Importance compute(List<ScoredRow> sample, long rows) {
        Optional<RawRows> probe = source.rescorable(sample.subList(0, Math.min(1, sample.size())));
        if (probe.isEmpty() || sample.isEmpty()) {
            return null;
        }
        List<String> columns = source.featureColumns();
        int measuredColumns = Math.min(columns.size(), MAX_COLUMNS);
        int replicates = Math.min(options.bootstrapReplicates(), MAX_REPLICATES);
        int classes = source.probabilityLabels().size();
        long rowWeight = probabilities && classes > 2 ? Math.min(MAX_ROW_WEIGHT, classes * classes / 2) : 1;
        long perRow = (long) Math.max(1, measuredColumns) * (replicates + repeats + 1) * rowWeight;
        int n = (int) Math.min(sample.size(), Math.max(MIN_ROWS, WORK_BUDGET / perRow));
        List<ScoredRow> used = sample.subList(0, n);
        List<String> notes = new ArrayList<>();
        if (n < sample.size()) {
            notes.add("Permutation importance used " + n + " of the " + sample.size() + " sampled rows, so that "
                    + measuredColumns + " columns times " + (replicates + repeats + 1)
                    + " measurements stay within its work budget.");
        }
        if (measuredColumns < columns.size()) {
            notes.add("Permutation importance measured the first " + MAX_COLUMNS + " of " + columns.size()
                    + " columns.");
        }
        Weights weights = new Weights(n, replicates, options.seed());
        MetricOptions pointOptions = options.withBootstrapReplicates(0);
        Map<String, Double> base = measure(used, null, pointOptions);
        double[][] baseReplicates = new double[metrics.size()][replicates];
        for (int b = 0; b < replicates; b++) {
            Map<String, Double> value = measure(used, weights.of(b), pointOptions);
            for (int m = 0; m < metrics.size(); m++) {
                baseReplicates[m][b] = number(value.get(metrics.get(m)));
            }
        }
        AtomicLong rejected = new AtomicLong();
        List<Importance.Feature> features = inParallel(measuredColumns, column -> feature(column, columns.get(column),
                used, base, baseReplicates, weights, pointOptions, rejected));
        if (rejected.get() > 0) {
            notes.add(rejected.get() + " shuffled rows could not be scored (no value the model can use) and kept"
                    + " their original prediction.");
        }
        double level = options.confidenceLevel();
        String unit = metrics.size() == 1 ? metrics.get(0) : String.join(", ", metrics);
        String description = "How much worse " + unit + " gets when a column's values are shuffled among " + n
                + " validation rows and the rows are scored again (mean of " + repeats + " shuffle"
                + (repeats == 1 ? "" : "s") + "); positive: the model relies on the column"
                + (replicates > 0 ? "; " + Math.round(level * 100) + "% bootstrap intervals" : "") + ".";
        return new Importance(Importance.PERMUTATION, description, metrics, rows, n, repeats, replicates,
                replicates > 0 ? level : null, ranked(features, metrics.get(0)),
                source.tribuoModel().map(ModelImportances::of).orElse(null), null, List.copyOf(notes));
    }

    private Importance.Feature feature(int column, String name, List<ScoredRow> rows, Map<String, Double> base,
                                       double[][] baseReplicates, Weights weights, MetricOptions pointOptions,
                                       AtomicLong rejected) {
        List<List<ScoredRow>> shuffled = new ArrayList<>(repeats);
        boolean changed = false;
        for (int r = 0; r < repeats; r++) {
            List<ScoredRow> rescored = rescore(rows, column, shuffle(rows.size(), name, r), rejected);
            changed |= changesAnyPrediction(rows, rescored);
            shuffled.add(rescored);
        }
        Map<String, Importance.Score> scores = new LinkedHashMap<>();
        if (!changed) {
            for (String metric : metrics) {
                scores.put(metric, new Importance.Score(0, weights.replicates() > 0 ? 0.0 : null,
                        weights.replicates() > 0 ? 0.0 : null));
            }
            return new Importance.Feature(name, 0, scores, false);
        }
        double[] sums = new double[metrics.size()];
        int[] counts = new int[metrics.size()];
        for (List<ScoredRow> rescored : shuffled) {
            Map<String, Double> value = measure(rescored, null, pointOptions);
            for (int m = 0; m < metrics.size(); m++) {
                double drop = drop(metrics.get(m), number(base.get(metrics.get(m))), number(value.get(metrics.get(m))));
                if (Double.isFinite(drop)) {
                    sums[m] += drop;
                    counts[m]++;
                }
            }
        }
        int replicates = weights.replicates();
        double[][] drops = new double[metrics.size()][replicates];
        for (int b = 0; b < replicates; b++) {
            Map<String, Double> value = measure(shuffled.get(b % repeats), weights.of(b), pointOptions);
            for (int m = 0; m < metrics.size(); m++) {
                drops[m][b] = drop(metrics.get(m), baseReplicates[m][b], number(value.get(metrics.get(m))));
            }
        }
        double z = replicates > 1 ? Quantiles.normalCritical(options.confidenceLevel()) : Double.NaN;
        for (int m = 0; m < metrics.size(); m++) {
            if (counts[m] == 0) {
                continue; // undefined on these rows (one class only): left out, the ranking metric's note says so
            }
            double value = sums[m] / counts[m];
            double sd = standardDeviation(drops[m]);
            boolean interval = Double.isFinite(sd) && Double.isFinite(z);
            scores.put(metrics.get(m), new Importance.Score(value, interval ? value - z * sd : null,
                    interval ? value + z * sd : null));
        }
        return new Importance.Feature(name, 0, scores, true);
    }

    /** The rows with column {@code column}'s cells permuted, scored again; a row the model refuses keeps its own. */
    private List<ScoredRow> rescore(List<ScoredRow> rows, int column, int[] permutation, AtomicLong rejected) {
        List<ScoredRow> changed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ScoredRow row = rows.get(i);
            String[] cells = row.cells().clone();
            cells[column] = rows.get(permutation[i]).cells()[column];
            changed.add(new ScoredRow(row.index(), row.line(), cells, row.actualLabel(), row.predictedLabel(),
                    row.probabilities(), row.actualValue(), row.predictedValue()));
        }
        List<ScoredRow> scored = new ArrayList<>(rows.size());
        Map<Long, ScoredRow> byIndex = new HashMap<>();
        for (int from = 0; from < changed.size(); from += 1024) {
            List<ScoredRow> part = changed.subList(from, Math.min(changed.size(), from + 1024));
            ScoredBatch batch = source.score(source.rescorable(part).orElseThrow());
            batch.rows().forEach(row -> byIndex.put(row.index(), row));
        }
        for (ScoredRow row : rows) {
            ScoredRow again = byIndex.get(row.index());
            if (again == null) {
                rejected.incrementAndGet();
                again = row;
            }
            scored.add(again);
        }
        return scored;
    }

    /** A permutation of 0..n-1 seeded by the column's name, the repeat and the run's seed. */
    private int[] shuffle(int n, String column, int repeat) {
        SplittableRandom random = new SplittableRandom(mix(options.seed() ^ mix(column.hashCode() * 31L + repeat)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static boolean changesAnyPrediction(List<ScoredRow> before, List<ScoredRow> after) {
        for (int i = 0; i < before.size(); i++) {
            ScoredRow a = before.get(i);
            ScoredRow b = after.get(i);
            if (!Objects.equals(a.predictedLabel(), b.predictedLabel())
                    || Double.compare(a.predictedValue(), b.predictedValue()) != 0
                    || !Arrays.equals(a.probabilities(), b.probabilities())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every metric of the rows, each row counted {@code weights[i]} times (once without weights); without the
     * probabilities when no measured metric reads them.
     */
    private Map<String, Double> measure(List<ScoredRow> rows, int[] weights, MetricOptions pointOptions) {
        Task task = source.task();
        TaskMetrics metrics = TaskMetrics.of(task, probabilities ? source.probabilityLabels() : List.of(),
                pointOptions.maxClasses());
        for (int i = 0; i < rows.size(); i++) {
            int copies = weights == null ? 1 : weights[i];
            ScoredRow row = rows.get(i);
            if (!probabilities && row.probabilities() != null) {
                row = new ScoredRow(row.index(), row.line(), row.cells(), row.actualLabel(), row.predictedLabel(),
                        null, row.actualValue(), row.predictedValue());
            }
            for (int c = 0; c < copies; c++) {
                metrics.add(row);
            }
        }
        if (metrics.rows() == 0) {
            return Map.of();
        }
        try {
            return metrics.result(pointOptions).metrics();
        } catch (RuntimeException e) {
            return Map.of(); // a replicate that leaves a metric undefined in a way the engine refuses: no value
        }
    }

    /** Positive when {@code shuffled} is worse than {@code original}. */
    private static double drop(String metric, double original, double shuffled) {
        return MetricDirection.drop(metric, shuffled, original);
    }

    private static double number(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static double standardDeviation(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        if (n < 2 || n * 2 < values.length) {
            return Double.NaN;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(squares / (n - 1));
    }

    /** Most important first by the ranking metric; unmeasured last; ties by name. */
    static List<Importance.Feature> ranked(List<Importance.Feature> features, String metric) {
        List<Importance.Feature> sorted = new ArrayList<>(features);
        sorted.sort(Comparator.<Importance.Feature>comparingDouble(f -> {
            Importance.Score score = f.score(metric);
            return score == null ? Double.POSITIVE_INFINITY : -score.value();
        }).thenComparing(Importance.Feature::column));
        List<Importance.Feature> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Importance.Feature f = sorted.get(i);
            out.add(new Importance.Feature(f.column(), i + 1, f.scores(), f.used()));
        }
        return List.copyOf(out);
    }

    private <T> List<T> inParallel(int count, java.util.function.IntFunction<T> work) {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, count)), task -> {
            Thread thread = new Thread(task, "mlgate-importance-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int column = i;
                futures.add(pool.submit(() -> work.apply(column)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The importance computation was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The Poisson(1) weight of each sampled row in each replicate, the same for every column. */
    static final class Weights {
        private final int[][] weights;

        Weights(int rows, int replicates, long seed) {
            weights = new int[replicates][rows];
            for (int b = 0; b < replicates; b++) {
                SplittableRandom random = new SplittableRandom(mix(seed ^ mix(0x1B873593L + b)));
                for (int i = 0; i < rows; i++) {
                    weights[b][i] = poisson(random);
                }
            }
        }

        int replicates() {
            return weights.length;
        }

        int[] of(int replicate) {
            return weights[replicate];
        }

        /** Knuth's method, exact for a mean of 1. */
        static int poisson(SplittableRandom random) {
            double limit = Math.exp(-1);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
    }
}

package org.mlgate.analysis.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.mlgate.analysis.metrics.ClassificationAccumulator;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.metrics.MetricResult;

/**
 * Times the metric engine on seeded synthetic data (not a test).
 *
 * <pre>
 *   MetricsBenchmark [--rows N] [--write-csv DIR]
 * </pre>
 * With at most 2 million rows: for a binary and a 3-class data set with probabilities, the time to add the rows, to
 * compute the point metrics (the full set, no intervals) and to compute the intervals (1000 replicates, measured as
 * the difference with and without them; 3-class: mostly the one-vs-rest aucRoc and averagePrecision intervals), each the best of 5 runs after 2 warm-ups. With more rows (memory mode,
 * run with -Xmx512m): one run each. Columns "retained MB" (heap in use after a full GC with the filled accumulator
 * still referenced) and "pools peak" (sum of the heap pools' peak use, an upper bound) show memory. {@code --write-csv DIR} writes the data sets as
 * {@code binary.csv} and {@code multiclass.csv} for {@code benchmark/sklearn_metrics_benchmark.py}.
 */
public final class MetricsBenchmark {
    private static final int WARMUPS = 2;
    private static final int RUNS = 5;
    private static final long DATA_SEED = 12345;

    private MetricsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 1_000_000;
        Path csvDirectory = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--write-csv" -> csvDirectory = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --rows N and/or --write-csv DIR");
            }
        }
        boolean memoryMode = rows > 2_000_000;
        System.out.printf(Locale.ROOT, "mlgate metrics benchmark: %,d rows, max heap %d MB, %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, memoryMode ? "memory mode (1 run)" : "best of " + RUNS + " after " + WARMUPS + " warm-ups");
        System.out.printf(Locale.ROOT, "%-10s %12s %12s %14s %8s %12s %12s%n", "data", "add rows ms", "point ms",
                "intervals ms", "ratio", "retained MB", "pools peak");
        for (Synthetic data : List.of(new Synthetic(2, rows), new Synthetic(3, rows))) {
            if (csvDirectory != null) {
                data.writeCsv(csvDirectory.resolve(data.classes == 2 ? "binary.csv" : "multiclass.csv"));
            }
            run(data, memoryMode);
        }
    }

    private static void run(Synthetic data, boolean memoryMode) {
        resetPeaks();
        ClassificationAccumulator acc = null;
        double addMs = Double.MAX_VALUE;
        double pointMs = Double.MAX_VALUE;
        double fullMs = Double.MAX_VALUE;
        MetricOptions point = MetricOptions.defaults().withBootstrapReplicates(0);
        MetricOptions full = MetricOptions.defaults();
        int iterations = memoryMode ? 1 : WARMUPS + RUNS;
        for (int i = 0; i < iterations; i++) {
            acc = null; // let the previous run's rows go before the next is built
            long start = System.nanoTime();
            acc = data.fill();
            double add = (System.nanoTime() - start) / 1e6;
            ClassificationAccumulator filled = acc;
            double p = time(() -> filled.result(point));
            double f = time(() -> filled.result(full));
            if (memoryMode || i >= WARMUPS) {
                addMs = Math.min(addMs, add);
                pointMs = Math.min(pointMs, p);
                fullMs = Math.min(fullMs, f);
            }
        }
        MetricResult result = acc.result(full); // acc stays reachable until the retained heap is measured
        // Intervals are timed as (result with 1000 replicates) - (result without); below timer noise it shows 0.
        double intervalsMs = Math.max(0, fullMs - pointMs);
        long peak = peakHeapMb();
        System.gc();
        long retained = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "%-10s %12.1f %12.1f %14.1f %8.2f %12d %12d%n",
                data.classes == 2 ? "binary" : "3-class", addMs, pointMs, intervalsMs, intervalsMs / pointMs, retained,
                peak);
        System.out.printf(Locale.ROOT, "           accuracy %.4f  aucRoc %.4f %s  averagePrecision %.4f %s  logLoss %.4f%n",
                result.metrics().get("accuracy"), result.metrics().get("aucRoc"), brackets(result, "aucRoc"),
                result.metrics().get("averagePrecision"), brackets(result, "averagePrecision"),
                result.metrics().get("logLoss"));
        // A reduced or skipped interval computation says so in a note.
        result.notes().stream().filter(n -> n.contains("replicates")).forEach(n -> System.out.println("           " + n));
    }

    private static String brackets(MetricResult result, String metric) {
        var interval = result.intervals().get(metric);
        return interval == null ? "[no interval]"
                : String.format(Locale.ROOT, "[%.4f, %.4f]", interval.lower(), interval.upper());
    }

    private static double time(Supplier<MetricResult> work) {
        long start = System.nanoTime();
        MetricResult r = work.get();
        if (r.metrics().isEmpty()) {
            throw new IllegalStateException("no metrics");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap use (pools peak at different moments). */
    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /**
     * Seeded rows: the actual class, then one logit per class (standard normal, plus 1.5 on the actual class), a
     * softmax for the probabilities (rounded to 6 decimals, as a CSV would hold them) and the arg-max prediction.
     * Binary data has 30 % positives.
     */
    private static final class Synthetic {
        final int classes;
        final long rows;
        final List<String> labels;

        Synthetic(int classes, long rows) {
            this.classes = classes;
            this.rows = rows;
            this.labels = classes == 2 ? List.of("neg", "pos") : List.of("a", "b", "c");
        }

        ClassificationAccumulator fill() {
            ClassificationAccumulator acc = new ClassificationAccumulator(labels);
            SplittableRandom random = new SplittableRandom(DATA_SEED + classes);
            double[] p = new double[classes];
            for (long i = 0; i < rows; i++) {
                int actual = next(random, p);
                acc.add(i, labels.get(actual), labels.get(argMax(p)), p);
            }
            return acc;
        }

        void writeCsv(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            SplittableRandom random = new SplittableRandom(DATA_SEED + classes);
            double[] p = new double[classes];
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("actual,predicted");
                for (String label : labels) {
                    out.write(",p_" + label);
                }
                out.newLine();
                StringBuilder line = new StringBuilder();
                for (long i = 0; i < rows; i++) {
                    int actual = next(random, p);
                    line.setLength(0);
                    line.append(labels.get(actual)).append(',').append(labels.get(argMax(p)));
                    for (double v : p) {
                        line.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                    }
                    out.write(line.toString());
                    out.newLine();
                }
            }
        }

        private int next(SplittableRandom random, double[] p) {
            int actual = classes == 2 ? (random.nextDouble() < 0.3 ? 1 : 0) : random.nextInt(classes);
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double logit = gaussian(random) + (c == actual ? 1.5 : 0);
                p[c] = Math.exp(logit);
                sum += p[c];
            }
            for (int c = 0; c < classes; c++) {
                p[c] = Math.round(p[c] / sum * 1e6) / 1e6;
            }
            return actual;
        }

        private static double gaussian(SplittableRandom random) {
            // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
            double u = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        private static int argMax(double[] p) {
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            return best;
        }
    }
}

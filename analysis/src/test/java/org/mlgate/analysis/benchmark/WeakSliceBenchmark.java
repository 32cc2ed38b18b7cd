package org.mlgate.analysis.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.errors.ErrorAnalysis;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.errors.ErrorAnalyzer;

/**
 * Times error analysis of 100,000 classification rows with 20 features (10 numeric, 10 categorical with up to 20
 * values): {@code add} over all rows plus {@code result()}, best of 5 after 2 warm-up runs, in elapsed time and in
 * the thread's CPU time (steadier on a shared machine), and {@code result()} alone (the tests). Also prints the number
 * of slice counters and the heap the analyzer retains after a GC. Run (after {@code test-compile}):
 * {@code java -Xmx512m -cp <test classpath> org.mlgate.analysis.benchmark.WeakSliceBenchmark [rows [regression]]}.
 */
public final class WeakSliceBenchmark {

    private static final int NUMERIC = 10;
    private static final int CATEGORICAL = 10;

    private WeakSliceBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Task task = args.length > 1 ? Task.valueOf(args[1].toUpperCase(Locale.ROOT)) : Task.CLASSIFICATION;
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < NUMERIC; i++) {
            columns.add("num" + i);
        }
        for (int i = 0; i < CATEGORICAL; i++) {
            columns.add("cat" + i);
        }
        List<String> labels = List.of("a", "b", "c");
        List<ScoredRow> rows = rows(n, labels, task);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long bestResultCpu = Long.MAX_VALUE;
        ErrorAnalysis result = null;
        for (int run = 0; run < 7; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            ErrorAnalyzer analyzer = new ErrorAnalyzer(task, columns, labels,
                    ErrorAnalysisOptions.defaults());
            rows.forEach(analyzer::add);
            long addedCpu = threads.getCurrentThreadCpuTime();
            result = analyzer.result();
            long elapsed = System.nanoTime() - start;
            long endCpu = threads.getCurrentThreadCpuTime();
            if (run >= 2) {
                best = Math.min(best, elapsed);
                bestCpu = Math.min(bestCpu, endCpu - startCpu);
                bestResultCpu = Math.min(bestResultCpu, endCpu - addedCpu);
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        ErrorAnalyzer kept = new ErrorAnalyzer(task, columns, labels, ErrorAnalysisOptions.defaults());
        rows.forEach(kept::add);
        long retained = usedAfterGc(memory) - before;

        System.out.printf(Locale.ROOT, "WeakSliceBenchmark: %,d %s rows x %d features (%d numeric, %d categorical)%n",
                n, task.jsonName(), columns.size(), NUMERIC, CATEGORICAL);
        System.out.printf(Locale.ROOT, "  add + result, best of 5: %.3f s = %,.0f rows/s (CPU %.3f s, of which "
                + "result %.3f s)%n", best / 1e9, n / (best / 1e9), bestCpu / 1e9, bestResultCpu / 1e9);
        System.out.printf(Locale.ROOT, "  slice counters (candidate slices incl. empty): %,d; slices tested: %,d; "
                + "weak slices: %d%n", kept.candidateSlices(), result.slicesTested(), result.weakSlices().size());
        System.out.printf(Locale.ROOT, "  retained heap of one analyzer after GC: %.1f MB%n", retained / 1e6);
        result.weakSlices().stream().limit(3).forEach(s -> System.out.printf(Locale.ROOT,
                "  weak: %s (rows %d, %s %.3f vs %.3f, q %.2g)%n", s.description(), s.rows(),
                task == Task.REGRESSION ? "MAE" : "error rate", task == Task.REGRESSION ? s.mae() : s.errorRate(),
                s.overall(), s.qValue()));
        if (kept.result().weakSlices().isEmpty()) {
            throw new IllegalStateException("the planted weak slice was not found");
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Errors are 10% overall, 30% where cat1 = v3 and num0 is in its top fifth (a planted weak slice). */
    private static List<ScoredRow> rows(int n, List<String> labels, Task task) {
        Random random = new Random(42);
        List<ScoredRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] cells = new String[NUMERIC + CATEGORICAL];
            for (int c = 0; c < NUMERIC; c++) {
                cells[c] = Double.toString(Math.round(random.nextGaussian() * 1000) / 100.0);
            }
            for (int c = 0; c < CATEGORICAL; c++) {
                cells[NUMERIC + c] = "v" + random.nextInt(2 + 2 * c); // 2 to 20 values
            }
            boolean weak = cells[NUMERIC + 1].equals("v3") && Double.parseDouble(cells[0]) > 8.4;
            String actual = labels.get(random.nextInt(labels.size()));
            boolean wrong = random.nextDouble() < (weak ? 0.3 : 0.1);
            String predicted = wrong ? labels.get((labels.indexOf(actual) + 1 + random.nextInt(2)) % 3) : actual;
            double top = 0.4 + 0.6 * random.nextDouble();
            double[] p = new double[3];
            int k = labels.indexOf(predicted);
            p[k] = top;
            p[(k + 1) % 3] = (1 - top) / 2;
            p[(k + 2) % 3] = (1 - top) / 2;
            if (task == Task.REGRESSION) {
                double y = random.nextGaussian() * 10;
                rows.add(new ScoredRow(i, i + 2, cells, null, null, null, y, y - random.nextGaussian() * (weak ? 3 : 1)));
            } else {
                rows.add(new ScoredRow(i, i + 2, cells, actual, predicted, p, Double.NaN, Double.NaN));
            }
        }
        return rows;
    }
}

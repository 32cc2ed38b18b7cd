package org.mlgate.analysis;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Times whole evaluations in one JVM at several chunk sizes of the row pass (not a test): how the chunk size was
 * chosen ({@link RowPass#CHUNK_BYTES}; analysis/benchmark/README.md, "Chunk size").
 *
 * <pre>
 *   PassBenchmark FILE [--chunks BYTES,BYTES,...] [--reps N] [--model MODEL --label COLUMN]
 * </pre>
 * A predictions file, or with {@code --model} a model and its validation data. Each repetition runs every chunk size
 * once, in turn, so that the JIT's warming and the machine's load hit all sizes alike; the first repetition is a
 * warm-up and is not counted. Prints, per chunk size, the median and range of the wall times and the garbage
 * collectors' time per run (their MXBeans' collection time: pauses, and G1's concurrent cycles).
 */
public final class PassBenchmark {

    private PassBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int[] chunks = {2 << 20, 512 << 10, 256 << 10, 128 << 10, 64 << 10};
        int reps = 6;
        Path model = null;
        String label = "label";
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--chunks" -> chunks = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--reps" -> reps = Integer.parseInt(args[i + 1]);
                case "--model" -> model = Path.of(args[i + 1]);
                case "--label" -> label = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SourceRequest source = model == null ? SourceRequest.forPredictions(file)
                : SourceRequest.forModel(model, file).withLabelColumn(label);
        EvaluationRequest request = EvaluationRequest.of(source, List.of());
        List<List<Double>> wall = new ArrayList<>();
        List<List<Double>> gc = new ArrayList<>();
        for (int ignored : chunks) {
            wall.add(new ArrayList<>());
            gc.add(new ArrayList<>());
        }
        for (int rep = 0; rep < reps; rep++) {
            for (int c = 0; c < chunks.length; c++) {
                long gcBefore = gcMillis();
                long start = System.nanoTime();
                Evaluation.run(request, chunks[c]);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (rep > 0) {
                    wall.get(c).add(seconds);
                    gc.get(c).add((gcMillis() - gcBefore) / 1e3);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d counted runs per chunk size (after one warm-up each)%n", file,
                reps - 1);
        System.out.println("| chunk | wall s, median (min-max) | GC s per run, median |");
        System.out.println("|---|---|---|");
        for (int c = 0; c < chunks.length; c++) {
            List<Double> w = wall.get(c);
            System.out.printf(Locale.ROOT, "| %d KB | %.2f (%.2f-%.2f) | %.2f |%n", chunks[c] >> 10, median(w),
                    w.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    w.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), median(gc.get(c)));
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, bean.getCollectionTime());
        }
        return total;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

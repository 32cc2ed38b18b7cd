package org.mlgate.analysis.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The baseline of the end-to-end benchmark's model mode (not a test): what a user writes to score a validation CSV
 * with a Tribuo model by hand, run in its own JVM. It loads the model with {@code Model.deserializeFromFile}, reads
 * the CSV with a plain {@link BufferedReader} and {@code String.split(",")} (no quoting, numeric features only, as in
 * the benchmark's data), builds one {@link ArrayExample} per row, calls {@code model.predict(example)} per row and
 * counts the correct predictions. No metrics beyond accuracy, no probabilities kept, no report.
 *
 * <pre>BarePredictLoop &lt;model file&gt; &lt;validation csv&gt; &lt;label column&gt;</pre>
 *
 * Prints one line: {@code rows N correct C accuracy A load_s L loop_s S}.
 */
public final class BarePredictLoop {

    private BarePredictLoop() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BarePredictLoop <model file> <validation csv> <label column>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Model<Label> model = (Model<Label>) Model.deserializeFromFile(Path.of(args[0]));
        long loaded = System.nanoTime();
        long rows = 0;
        long correct = 0;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String[] header = reader.readLine().split(",");
            int labelIndex = -1;
            for (int i = 0; i < header.length; i++) {
                if (header[i].equals(args[2])) {
                    labelIndex = i;
                }
            }
            if (labelIndex < 0) {
                throw new IllegalArgumentException("no column " + args[2] + " in " + args[1]);
            }
            // Tribuo's CSVLoader names a numeric feature after its column (older versions: column@value).
            String[] names = new String[header.length - 1];
            int[] columns = new int[header.length - 1];
            for (int i = 0, k = 0; i < header.length; i++) {
                if (i != labelIndex) {
                    names[k] = model.getFeatureIDMap().get(header[i]) != null ? header[i] : header[i] + "@value";
                    columns[k++] = i;
                }
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                double[] values = new double[columns.length];
                for (int k = 0; k < columns.length; k++) {
                    values[k] = Double.parseDouble(cells[columns[k]]);
                }
                Prediction<Label> prediction = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values));
                rows++;
                if (prediction.getOutput().getLabel().equals(cells[labelIndex])) {
                    correct++;
                }
            }
        }
        long done = System.nanoTime();
        System.out.printf(Locale.ROOT, "rows %d correct %d accuracy %.6f load_s %.3f loop_s %.3f%n", rows, correct,
                rows == 0 ? Double.NaN : (double) correct / rows, (loaded - start) / 1e9, (done - loaded) / 1e9);
    }
}

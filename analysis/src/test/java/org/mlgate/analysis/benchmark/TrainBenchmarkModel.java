package org.mlgate.analysis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.csv.CSVLoader;

/**
 * Trains the model of the end-to-end benchmark's model mode (not a test): a Tribuo logistic regression with the
 * trainer's defaults, on a numeric CSV read by Tribuo's {@link CSVLoader}, saved in Tribuo's protobuf format.
 *
 * <pre>TrainBenchmarkModel &lt;training csv&gt; &lt;label column&gt; &lt;model file&gt;</pre>
 *
 * {@code analysis/benchmark/end_to_end.py} runs it on the training file that {@code e2e_data.py model-data} writes
 * (10 numeric features); it is not timed.
 */
public final class TrainBenchmarkModel {

    /** Held so that the level stays set: Tribuo's SGD trainer logs a line every 1,000 examples. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    private TrainBenchmarkModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TrainBenchmarkModel <training csv> <label column> <model file>");
            System.exit(2);
        }
        TRIBUO_LOG.setLevel(Level.WARNING);
        Path data = Path.of(args[0]);
        Path output = Path.of(args[2]);
        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, args[1]);
        MutableDataset<Label> training = new MutableDataset<>(source);
        Model<Label> model = new LogisticRegressionTrainer().train(training);
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %,d rows and %d features of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), model.getFeatureIDMap().size(), data, output);
    }
}

package org.mlgate.samples.iris;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.csv.CSVLoader;

/**
 * Trains the sample models on the iris training split and saves them in Tribuo's protobuf format.
 *
 * <pre>TrainIrisModel &lt;training csv&gt; &lt;model file&gt; &lt;logistic|stump&gt;</pre>
 *
 * The data is read with Tribuo's {@link CSVLoader}, so the model's provenance records the training file and its
 * SHA-256: that is what lets mlgate tell the validation data apart from the training data.
 */
public final class TrainIrisModel {

    private TrainIrisModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TrainIrisModel <training csv> <model file> <logistic|stump>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Trainer<Label> trainer = trainer(args[2]);

        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, "species");
        MutableDataset<Label> training = new MutableDataset<>(source);
        Model<Label> model = trainer.train(training);

        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }

    private static Trainer<Label> trainer(String kind) {
        return switch (kind) {
            // Tribuo's defaults (AdaGrad, 5 epochs, seed 12345): deterministic, and about 0.98 accurate here.
            case "logistic" -> new LogisticRegressionTrainer();
            // A depth-1 tree: one split cannot separate three species, a deliberately weak model.
            case "stump" -> new CARTClassificationTrainer(1);
            default -> throw new IllegalArgumentException("Unknown model kind '" + kind + "'; use logistic or stump.");
        };
    }
}

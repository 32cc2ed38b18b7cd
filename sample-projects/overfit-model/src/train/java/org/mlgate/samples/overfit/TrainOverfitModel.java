package org.mlgate.samples.overfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.data.csv.CSVLoader;

/**
 * Trains a decision tree without a depth limit on the pump readings: it grows until every training row sits in a
 * leaf of its own label, so it learns the training rows' noise by heart (a model that overfits, on purpose).
 *
 * <pre>TrainOverfitModel &lt;training csv&gt; &lt;model file&gt;</pre>
 */
public final class TrainOverfitModel {

    private TrainOverfitModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainOverfitModel <training csv> <model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, "failure");
        MutableDataset<Label> training = new MutableDataset<>(source);
        Model<Label> model = new CARTClassificationTrainer(Integer.MAX_VALUE).train(training);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }
}

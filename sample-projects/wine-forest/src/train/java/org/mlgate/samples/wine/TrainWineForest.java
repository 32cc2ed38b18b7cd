package org.mlgate.samples.wine;

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
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.data.csv.CSVLoader;

/**
 * Trains the sample's random forest on the wine training split and saves it in Tribuo's protobuf format.
 *
 * <pre>TrainWineForest &lt;training csv&gt; &lt;model file&gt;</pre>
 *
 * 20 CART trees of depth at most 5, each split choosing among a random 30% of the 13 features, each tree trained on a
 * bootstrap sample of the rows; the members vote (Tribuo's VotingCombiner: the predicted class is the majority, the
 * scores are the members' vote shares). Seeds are fixed, so the same data gives the same model.
 */
public final class TrainWineForest {

    private TrainWineForest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainWineForest <training csv> <model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, "cultivar");
        MutableDataset<Label> training = new MutableDataset<>(source);
        RandomForestTrainer<Label> trainer = new RandomForestTrainer<>(
                new CARTClassificationTrainer(5, 0.3f, 17L), new VotingCombiner(), 20, 17L);
        Model<Label> model = trainer.train(training);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s of 20 trees on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }
}

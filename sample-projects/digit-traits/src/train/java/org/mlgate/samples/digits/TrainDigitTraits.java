package org.mlgate.samples.digits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.multilabel.MultiLabelFactory;
import org.tribuo.multilabel.sgd.linear.LinearSGDTrainer;
import org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy;

/**
 * Trains the sample's multi-label model: one logistic output per trait (even, prime, loop, large) over the 64 pixels,
 * fitted jointly by stochastic gradient descent, and saves it in Tribuo's protobuf format. A trait is predicted when
 * its probability is at least 0.5; the model scores every trait, which mlgate's ranking metrics read.
 *
 * <pre>TrainDigitTraits &lt;training csv&gt; &lt;model file&gt;</pre>
 */
public final class TrainDigitTraits {

    private TrainDigitTraits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainDigitTraits <training csv> <model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        DataSource<MultiLabel> source = new CSVLoader<>(new MultiLabelFactory()).loadDataSource(data, "traits");
        MutableDataset<MultiLabel> training = new MutableDataset<>(source);
        // Binary cross-entropy per trait, AdaGrad, 20 epochs, fixed seed: deterministic.
        LinearSGDTrainer trainer = new LinearSGDTrainer(new BinaryCrossEntropy(), new AdaGrad(0.1, 0.1), 20, 1L);
        Model<MultiLabel> model = trainer.train(training);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }
}

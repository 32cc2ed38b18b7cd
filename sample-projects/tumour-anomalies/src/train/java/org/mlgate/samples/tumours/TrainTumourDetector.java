package org.mlgate.samples.tumours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * Trains the sample's novelty detector: a one-class SVM (LibSVM, RBF kernel) on benign samples only, each of the 30
 * measurements first scaled to mean 0 and standard deviation 1 (TransformTrainer, so that the scaling travels inside
 * the model), and saves it in Tribuo's protobuf format.
 *
 * <pre>TrainTumourDetector &lt;training csv&gt; &lt;model file&gt;</pre>
 */
public final class TrainTumourDetector {

    private TrainTumourDetector() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainTumourDetector <training csv> <model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        DataSource<Event> source = new CSVLoader<>(new AnomalyFactory()).loadDataSource(data, "event");
        MutableDataset<Event> training = new MutableDataset<>(source);
        SVMParameters<Event> parameters = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS),
                KernelType.RBF);
        // gamma about 1 / features; nu bounds the share of training rows left outside the learnt region.
        parameters.setGamma(0.03);
        parameters.setNu(0.05);
        TransformTrainer<Event> trainer = new TransformTrainer<>(new LibSVMAnomalyTrainer(parameters),
                new TransformationMap(List.of(new MeanStdDevTransformation())));
        Model<Event> model = trainer.train(training);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }
}

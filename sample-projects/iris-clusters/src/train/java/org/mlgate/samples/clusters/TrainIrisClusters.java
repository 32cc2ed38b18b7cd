package org.mlgate.samples.clusters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.math.distance.DistanceType;

/**
 * Trains the sample's clustering model: k-means with three clusters over the four measurements (k-means++
 * initialisation, fixed seed), and saves it in Tribuo's protobuf format. It never sees a species.
 *
 * <pre>TrainIrisClusters &lt;training csv&gt; &lt;model file&gt;</pre>
 */
public final class TrainIrisClusters {

    private TrainIrisClusters() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainIrisClusters <training csv> <model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path output = Path.of(args[1]);
        // The response column holds -1, Tribuo's unassigned cluster: k-means reads the features only.
        DataSource<ClusterID> source = new CSVLoader<>(new ClusteringFactory()).loadDataSource(data, "cluster");
        MutableDataset<ClusterID> training = new MutableDataset<>(source);
        KMeansTrainer trainer = new KMeansTrainer(3, 100, DistanceType.L2.getDistance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, 20260102L);
        Model<ClusterID> model = trainer.train(training);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        model.serializeToFile(output);
        System.out.printf(Locale.ROOT, "Trained %s on %d rows of %s; saved %s%n",
                model.getClass().getSimpleName(), training.size(), data, output);
    }
}

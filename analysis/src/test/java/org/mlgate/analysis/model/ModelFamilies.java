package org.mlgate.analysis.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mlgate.analysis.Task;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.kernel.KernelSVMTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.hash.HashingTrainer;
import org.tribuo.hash.MessageDigestHasher;
import org.tribuo.math.kernel.RBF;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.baseline.DummyRegressionTrainer;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.liblinear.LibLinearRegressionTrainer;
import org.tribuo.regression.libsvm.LibSVMRegressionTrainer;
import org.tribuo.regression.libsvm.SVMRegressionType;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.slm.LARSLassoTrainer;
import org.tribuo.regression.slm.LARSTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.LinearScalingTransformation;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * One small real model of every family the plugin bundles (plugin/pom.xml), trained on a CSV file as users train
 * them, so that its provenance names a CSV data source. The loader must load each of these; the hostile-file tests
 * build their payloads from them.
 */
final class ModelFamilies {

    /** The salt of the hashed family's feature hasher: Tribuo does not save it, so whoever loads the model sets it. */
    static final String HASHING_SALT = "salt-for-tests";

    /** A trainer of one family: its name in test output, its task and how to train it on the task's rows. */
    record Family(String name, Task task, Function<Dataset<?>, Model<?>> train) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Three classes in two numeric features (x, y): low, mid and high along x + y, with some overlap. */
    static String classificationCsv() {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 60; i++) {
            double x = (i * 37 % 60) / 10.0;
            double y = (i * 11 % 60) / 10.0;
            double s = x + y + ((i % 7) - 3) / 10.0;
            csv.append(x).append(',').append(y).append(',').append(s < 4 ? "low" : s < 8 ? "mid" : "high").append('\n');
        }
        return csv.toString();
    }

    /** target = 2x - y + 1 with a small deterministic wobble. */
    static String regressionCsv() {
        StringBuilder csv = new StringBuilder("x,y,target\n");
        for (int i = 0; i < 60; i++) {
            double x = (i * 37 % 60) / 10.0;
            double y = (i * 11 % 60) / 10.0;
            csv.append(x).append(',').append(y).append(',').append(2 * x - y + 1 + ((i % 5) - 2) / 20.0).append('\n');
        }
        return csv.toString();
    }

    @SuppressWarnings("unchecked")
    private static Family classification(String name, Trainer<Label> trainer) {
        return new Family(name, Task.CLASSIFICATION, data -> trainer.train((Dataset<Label>) data));
    }

    /** Two labels per row at most: "low" (x + y below 6), "odd" (i odd) and "wide" (x above 3), with noise. */
    static String multiLabelCsv() {
        StringBuilder csv = new StringBuilder("x,y,labels\n");
        for (int i = 0; i < 60; i++) {
            double x = (i * 37 % 60) / 10.0;
            double y = (i * 11 % 60) / 10.0;
            java.util.List<String> labels = new java.util.ArrayList<>();
            if (x + y + ((i % 7) - 3) / 10.0 < 6) {
                labels.add("low");
            }
            if (x > 3) {
                labels.add("wide");
            }
            if (labels.isEmpty()) {
                labels.add("odd");
            }
            csv.append(x).append(',').append(y).append(",\"").append(String.join(",", labels)).append("\"\n");
        }
        return csv.toString();
    }

    /** Three groups around (1, 1), (4, 1) and (2.5, 4), numbered 0 to 2 as Tribuo's cluster ids. */
    static String clusteringCsv() {
        StringBuilder csv = new StringBuilder("x,y,cluster\n");
        double[][] centres = {{1, 1}, {4, 1}, {2.5, 4}};
        for (int i = 0; i < 60; i++) {
            int group = i % 3;
            csv.append(centres[group][0] + ((i * 7 % 11) - 5) / 10.0).append(',')
                    .append(centres[group][1] + ((i * 5 % 13) - 6) / 10.0).append(',').append(group).append('\n');
        }
        return csv.toString();
    }

    /** Points around (2, 2), all expected: a one-class model trains on normal rows only. */
    static String anomalyCsv() {
        StringBuilder csv = new StringBuilder("x,y,event\n");
        for (int i = 0; i < 60; i++) {
            csv.append(2 + ((i * 7 % 11) - 5) / 5.0).append(',').append(2 + ((i * 5 % 13) - 6) / 5.0)
                    .append(",EXPECTED\n");
        }
        return csv.toString();
    }

    @SuppressWarnings("unchecked")
    private static Family multiLabel(String name, Trainer<org.tribuo.multilabel.MultiLabel> trainer) {
        return new Family(name, Task.MULTILABEL,
                data -> trainer.train((Dataset<org.tribuo.multilabel.MultiLabel>) data));
    }

    @SuppressWarnings("unchecked")
    private static Family regression(String name, Trainer<Regressor> trainer) {
        return new Family(name, Task.REGRESSION, data -> trainer.train((Dataset<Regressor>) data));
    }

    @SuppressWarnings("unchecked")
    static List<Family> all() {
        SVMParameters<Label> svc = new SVMParameters<>(new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC),
                KernelType.RBF);
        svc.setProbability();
        SVMParameters<org.tribuo.anomaly.Event> oneClass = new SVMParameters<>(
                new org.tribuo.anomaly.libsvm.SVMAnomalyType(
                        org.tribuo.anomaly.libsvm.SVMAnomalyType.SVMMode.ONE_CLASS),
                KernelType.RBF);
        oneClass.setGamma(0.5);
        oneClass.setNu(0.1);
        SVMParameters<Regressor> svr = new SVMParameters<>(new SVMRegressionType(SVMRegressionType.SVMMode.EPSILON_SVR),
                KernelType.RBF);
        return List.of(
                classification("logistic regression (SGD)", new LogisticRegressionTrainer()),
                classification("factorization machine (SGD)",
                        new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1), 5, 1L, 4, 0.1)),
                classification("kernel SVM (SGD)", new KernelSVMTrainer(new RBF(0.5), 0.1, 5, 1L)),
                classification("CART tree", new CARTClassificationTrainer(4)),
                classification("random forest", new RandomForestTrainer<>(
                        new CARTClassificationTrainer(3, 0.7f, 1L), new VotingCombiner(), 3, 1L)),
                classification("LibLinear", new LibLinearClassificationTrainer()),
                classification("LibSVM", new LibSVMClassificationTrainer(svc, 1L)),
                classification("k-NN", new KNNTrainer<>(3, KNNTrainer.Distance.L2, 1, new VotingCombiner(),
                        KNNModel.Backend.STREAMS)),
                classification("baseline (most frequent)", DummyClassifierTrainer.createMostFrequentTrainer()),
                classification("scaled logistic regression (TransformTrainer)", new TransformTrainer<>(
                        new LogisticRegressionTrainer(),
                        new TransformationMap(List.of(new MeanStdDevTransformation())))),
                classification("hashed LibLinear (HashingTrainer)", new HashingTrainer<>(
                        new LibLinearClassificationTrainer(), new MessageDigestHasher("SHA-256", HASHING_SALT))),
                regression("linear regression (SGD)", new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.5), 10, 1L)),
                regression("factorization machine regression (SGD)",
                        new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1), 5, 1L, 4, 0.1, true)),
                regression("CART regression tree", new CARTRegressionTrainer(4)),
                regression("random forest regression", new RandomForestTrainer<>(
                        new CARTRegressionTrainer(3, 2.0f, 0.0f, 0.7f, false,
                                new org.tribuo.regression.rtree.impurity.MeanSquaredError(), 1L),
                        new AveragingCombiner(), 3, 1L)),
                regression("LibLinear regression", new LibLinearRegressionTrainer()),
                regression("LibSVM regression", new LibSVMRegressionTrainer(svr, false, 1L)),
                regression("k-NN regression", new KNNTrainer<>(3, KNNTrainer.Distance.L2, 1, new AveragingCombiner(),
                        KNNModel.Backend.STREAMS)),
                regression("sparse linear model (LARS)", new LARSTrainer()),
                regression("sparse linear model (LARS-Lasso)", new LARSLassoTrainer()),
                regression("sparse linear model (elastic net)", new ElasticNetCDTrainer(0.1, 0.5, 1L)),
                regression("baseline (mean)", DummyRegressionTrainer.createMeanTrainer()),
                regression("scaled linear regression (TransformTrainer)", new TransformTrainer<>(
                        new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.5), 10, 1L),
                        new TransformationMap(Map.of("x", List.of(new LinearScalingTransformation()))))),
                multiLabel("multi-label linear (SGD)", new org.tribuo.multilabel.sgd.linear.LinearSGDTrainer(
                        new org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy(), new AdaGrad(0.1), 5, 1L)),
                multiLabel("multi-label factorization machine (SGD)",
                        new org.tribuo.multilabel.sgd.fm.FMMultiLabelTrainer(
                        new org.tribuo.multilabel.sgd.objectives.BinaryCrossEntropy(), new AdaGrad(0.1), 5, 1L, 4,
                        0.1)),
                multiLabel("independent binary relevance", new org.tribuo.multilabel.baseline
                        .IndependentMultiLabelTrainer(new LogisticRegressionTrainer())),
                multiLabel("classifier chain", new org.tribuo.multilabel.baseline.ClassifierChainTrainer(
                        new CARTClassificationTrainer(3), 1L)),
                multiLabel("ensemble of classifier chains", new org.tribuo.multilabel.ensemble.CCEnsembleTrainer(
                        new CARTClassificationTrainer(3), 3, 1L)),
                new Family("k-means", Task.CLUSTERING, data -> new org.tribuo.clustering.kmeans.KMeansTrainer(3, 10,
                        org.tribuo.math.distance.DistanceType.L2.getDistance(), 1, 1L)
                        .train((Dataset<org.tribuo.clustering.ClusterID>) (Dataset<?>) data)),
                new Family("one-class SVM (LibSVM)", Task.ANOMALY, data ->
                        new org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer(oneClass)
                                .train((Dataset<org.tribuo.anomaly.Event>) (Dataset<?>) data)));
    }

    /** The family of that name in {@link #all}. */
    static Family named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no family " + name));
    }

    /** The family's model, trained on its task's rows in {@code dir}. */
    static Model<?> train(Family family, Path dir) throws IOException {
        return family.train().apply(trainingData(dir, family.task()));
    }

    /** The rows of the family's task, read from a CSV file in {@code dir} (so the provenance names that file). */
    static Dataset<?> trainingData(Path dir, Task task) throws IOException {
        if (task == Task.CLASSIFICATION) {
            Path csv = TestModels.write(dir, "classes-train.csv", classificationCsv());
            return new MutableDataset<>(new CSVLoader<>(new LabelFactory()).loadDataSource(csv, "label"));
        }
        if (task == Task.MULTILABEL) {
            Path csv = TestModels.write(dir, "multilabel-train.csv", multiLabelCsv());
            return new MutableDataset<>(new CSVLoader<>(new org.tribuo.multilabel.MultiLabelFactory())
                    .loadDataSource(csv, "labels"));
        }
        if (task == Task.CLUSTERING) {
            Path csv = TestModels.write(dir, "clustering-train.csv", clusteringCsv());
            return new MutableDataset<>(new CSVLoader<>(new org.tribuo.clustering.ClusteringFactory())
                    .loadDataSource(csv, "cluster"));
        }
        if (task == Task.ANOMALY) {
            Path csv = TestModels.write(dir, "anomaly-train.csv", anomalyCsv());
            return new MutableDataset<>(new CSVLoader<>(new org.tribuo.anomaly.AnomalyFactory())
                    .loadDataSource(csv, "event"));
        }
        Path csv = TestModels.write(dir, "regression-train.csv", regressionCsv());
        return new MutableDataset<>(new CSVLoader<>(new RegressionFactory()).loadDataSource(csv, "target"));
    }

    /** Trains the family's model and saves it as a Tribuo model file in {@code dir}. */
    static Path trainAndSave(Family family, Path dir) throws IOException {
        Model<?> model = family.train().apply(trainingData(dir, family.task()));
        Path file = dir.resolve(family.name().replaceAll("[^A-Za-z0-9]+", "-") + ".tribuo");
        model.serializeToFile(file);
        return file;
    }
}

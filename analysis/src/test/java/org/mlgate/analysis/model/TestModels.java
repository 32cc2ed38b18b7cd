package org.mlgate.analysis.model;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tribuo.DataSource;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.field.IdentityProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.data.csv.CSVDataSource;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.evaluation.TrainTestSplitter;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.math.optimisers.AdaGrad;

/** Small real models, trained in the test that needs them, and the files they are evaluated on. */
final class TestModels {

    /** A numeric two-class problem that a linear model separates: x > y is "up". */
    static final String NUMERIC_CSV = """
            x,y,label
            1.0,0.2,up
            0.1,0.9,down
            0.8,0.1,up
            0.2,1.0,down
            0.9,0.3,up
            0.3,0.8,down
            1.1,0.0,up
            0.0,1.2,down
            """;

    /** A categorical colour (one-hot) and a numeric size (named size@value by DoubleFieldProcessor). */
    static final String CATEGORICAL_CSV = """
            colour,size,label
            red,1.0,hot
            blue,1.1,cold
            red,0.9,hot
            blue,1.0,cold
            red,1.2,hot
            blue,0.8,cold
            """;

    private TestModels() {
    }

    static Path resource(String name) {
        try {
            return Path.of(TestModels.class.getResource("/model/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path logisticOnNumeric(Path dir) throws IOException {
        Path data = write(dir, "numeric-train.csv", NUMERIC_CSV);
        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, "label");
        Model<Label> model = new LogisticRegressionTrainer().train(new MutableDataset<>(source));
        return save(model, dir.resolve("numeric-logistic.tribuo"));
    }

    static Path logisticOnCategorical(Path dir) throws IOException {
        Path data = write(dir, "categorical-train.csv", CATEGORICAL_CSV);
        Map<String, FieldProcessor> fields = Map.of(
                "colour", new IdentityProcessor("colour"),
                "size", new DoubleFieldProcessor("size"));
        RowProcessor<Label> rows = new RowProcessor<>(new FieldResponseProcessor<>("label", "", new LabelFactory()), fields);
        Model<Label> model = new LogisticRegressionTrainer().train(new MutableDataset<>(new CSVDataSource<>(data, rows, true)));
        return save(model, dir.resolve("categorical-logistic.tribuo"));
    }

    /** A LibLinear model (Java-serialized inside the protobuf) trained on a TrainTestSplitter split. */
    static Model<Label> libLinearOnSplit(Path dir) throws IOException {
        Path data = write(dir, "numeric-train.csv", NUMERIC_CSV);
        DataSource<Label> source = new CSVLoader<>(new LabelFactory()).loadDataSource(data, "label");
        TrainTestSplitter<Label> splitter = new TrainTestSplitter<>(source, 0.75, 1L);
        return new LibLinearClassificationTrainer().train(new MutableDataset<>(splitter.getTrain()));
    }

    /** A linear regression of target = 2x + 1 on a numeric CSV. */
    static Path linearRegression(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("x,target\n");
        for (int i = 0; i < 20; i++) {
            double x = i / 10.0;
            csv.append(x).append(',').append(2 * x + 1).append('\n');
        }
        Path data = write(dir, "regression-train.csv", csv.toString());
        DataSource<Regressor> source = new CSVLoader<>(new RegressionFactory()).loadDataSource(data, "target");
        Model<Regressor> model = new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.5), 50, 1L)
                .train(new MutableDataset<>(source));
        return save(model, dir.resolve("regression.tribuo"));
    }

    static <T extends org.tribuo.Output<T>> Path save(Model<T> model, Path file) throws IOException {
        model.serializeToFile(file);
        return file;
    }
}

package org.mlgate.analysis.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.regression.RegressionFactory;

/**
 * Data whose answer is known by construction, written as the files a user has: a CSV with a header, a Tribuo model
 * trained on one, a predictions file. Every generator is seeded, so a test sees the same rows on every run.
 */
final class Synthetic {
    private Synthetic() {
    }

    /** One row of cells, built from a seeded random source and the row's number. */
    interface RowMaker {
        String[] row(SplittableRandom random, int i);
    }

    static Path write(Path file, String header, int rows, long seed, RowMaker maker) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) {
            csv.append(String.join(",", maker.row(random, i))).append('\n');
        }
        Files.writeString(file, csv);
        return file;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** A classification model trained on every column of {@code csv} but {@code label}. */
    static Path trainClassifier(Path csv, String label, Trainer<org.tribuo.classification.Label> trainer, Path model)
            throws IOException {
        return train(csv, label, new LabelFactory(), trainer, model);
    }

    static Path trainRegressor(Path csv, String label, Trainer<org.tribuo.regression.Regressor> trainer, Path model)
            throws IOException {
        return train(csv, label, new RegressionFactory(), trainer, model);
    }

    private static <T extends Output<T>> Path train(Path csv, String label, OutputFactory<T> factory,
                                                    Trainer<T> trainer, Path model) throws IOException {
        var source = new CSVLoader<>(factory).loadDataSource(csv, label);
        Model<T> trained = trainer.train(new MutableDataset<>(source));
        trained.serializeToFile(model);
        return model;
    }

    /** Model mode with every default but the label column, the rules and the diagnostics. */
    static Report evaluateModel(Path model, Path validation, String label, Path training, List<Rule> rules,
                                Function<DiagnosticsOptions, DiagnosticsOptions> diagnostics) {
        SourceRequest source = SourceRequest.forModel(model, validation).withLabelColumn(label);
        return Evaluation.run(request(source, training, rules, diagnostics));
    }

    static Report evaluatePredictions(Path predictions, List<Rule> rules,
                                      Function<DiagnosticsOptions, DiagnosticsOptions> diagnostics) {
        return Evaluation.run(request(SourceRequest.forPredictions(predictions), null, rules, diagnostics));
    }

    static EvaluationRequest request(SourceRequest source, Path training, List<Rule> rules,
                                     Function<DiagnosticsOptions, DiagnosticsOptions> diagnostics) {
        return new EvaluationRequest(source, MetricOptions.defaults(), ErrorAnalysisOptions.defaults(),
                ChecksOptions.defaults(null, source.labelColumnOrDefault()), training, rules)
                .withDiagnostics(diagnostics.apply(DiagnosticsOptions.defaults()));
    }
}

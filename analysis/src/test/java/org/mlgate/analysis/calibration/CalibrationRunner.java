package org.mlgate.analysis.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.calibration.Outcome.Condition;
import org.mlgate.analysis.calibration.Outcome.SeenSlice;
import org.mlgate.analysis.calibration.Trial.Spec;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.csv.CSVLoader;

/**
 * Runs calibration trials through mlgate's public API, as a user of the plugin would: each trial's files are
 * written to a directory of their own, evaluated with {@link Evaluation#run} (predictions mode, or model mode
 * with a Tribuo model trained on the training file), and deleted again.
 *
 * <p>The request is the plugin's with no rules: {@code trainingData} set, the group and time columns named when
 * the plant has them, bootstrap intervals off (they play no part in checks or slices), every other option at its
 * default. The clean random splits also get the training rows' predictions ({@code trainingPredictions}: their
 * out-of-fold predictions; model mode scores the training file) and the default 1,000 bootstrap replicates, so that
 * the fit diagnosis ({@code diagnostics.fit}) is judged as a user's build would judge it. Trials run on a fixed pool of threads; the outcomes come back in the order of the specs and do not
 * depend on the scheduling (every trial is seeded by its spec alone).
 */
final class CalibrationRunner {
    private final Path work;
    private final Map<String, Dataset> data;
    private final int threads;

    CalibrationRunner(Path work, Map<String, Dataset> data, int threads) {
        this.work = work;
        this.data = data;
        this.threads = threads;
    }

    List<Outcome> run(List<Spec> specs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Spec spec : specs) {
                futures.add(pool.submit(() -> runOne(spec)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    Outcome runOne(Spec spec) {
        long start = System.nanoTime();
        Trial trial = Trials.build(data.get(spec.dataset()), spec);
        if (trial.skipped() != null) {
            return Outcome.skipped(spec, trial.skipped());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory(work, spec.dataset() + "-" + spec.plant() + "-" + spec.split() + "-");
            Path training = dir.resolve("training.csv");
            trial.writeTraining(training);
            SourceRequest source;
            boolean fit = spec.plant() == Plant.CLEAN || spec.plant() == Plant.MODEL_CLEAN;
            DiagnosticsOptions diagnostics = DiagnosticsOptions.defaults();
            if (spec.plant() == Plant.MODEL_CLEAN) {
                Path validation = dir.resolve("validation.csv");
                trial.writeValidation(validation);
                source = SourceRequest.forModel(trainTribuoModel(training, dir.resolve("model.tribuo")), validation)
                        .withLabelColumn(Dataset.ACTUAL);
            } else {
                Path predictions = dir.resolve("predictions.csv");
                trial.writePredictions(predictions);
                source = SourceRequest.forPredictions(predictions);
                if (fit) {
                    Path trainingPredictions = dir.resolve("training-predictions.csv");
                    trial.writeTrainingPredictions(trainingPredictions);
                    diagnostics = diagnostics.withTrainingPredictions(trainingPredictions);
                }
            }
            ChecksOptions checks = ChecksOptions.defaults(null, source.labelColumnOrDefault())
                    .withColumns(null, trial.groupColumn(), trial.timeColumn());
            EvaluationRequest request = new EvaluationRequest(source,
                    fit ? MetricOptions.defaults() : MetricOptions.defaults().withBootstrapReplicates(0),
                    ErrorAnalysisOptions.defaults(), checks, training, List.of()).withDiagnostics(diagnostics);
            Report report = Evaluation.run(request);
            return new Outcome(spec, report.verdict(), report.checks(), weakSlices(report), slicesTested(report),
                    trial.validationRepeats(), trial.exactOverlap(), trial.slice(), null, null,
                    (System.nanoTime() - start) / 1_000_000,
                    spec.plant() == Plant.LABEL_SHIFT ? trial.classShiftP() : Double.NaN);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(spec, e, (System.nanoTime() - start) / 1_000_000);
        } finally {
            delete(dir);
        }
    }

    /** Tribuo's logistic regression (SGD, its default settings and seed) on every column but {@code actual}. */
    static Path trainTribuoModel(Path training, Path file) throws IOException {
        var source = new CSVLoader<>(new LabelFactory()).loadDataSource(training, Dataset.ACTUAL);
        Model<Label> model = new LogisticRegressionTrainer().train(new MutableDataset<>(source));
        model.serializeToFile(file);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static List<SeenSlice> weakSlices(Report report) {
        Object slices = report.errors() == null ? null : report.errors().get("weakSlices");
        List<SeenSlice> seen = new ArrayList<>();
        if (slices instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> slice = (Map<String, Object>) item;
                List<Condition> conditions = new ArrayList<>();
                for (Object entry : (List<Object>) slice.getOrDefault("conditions", List.of())) {
                    Map<String, Object> condition = (Map<String, Object>) entry;
                    conditions.add(new Condition(String.valueOf(condition.get("column")),
                            String.valueOf(condition.get("kind")), (String) condition.get("value"),
                            number(condition.get("lower")), number(condition.get("upper"))));
                }
                seen.add(new SeenSlice(String.valueOf(slice.get("description")), List.copyOf(conditions)));
            }
        }
        return List.copyOf(seen);
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }

    private static int slicesTested(Report report) {
        Object tested = report.errors() == null ? null : report.errors().get("slicesTested");
        return tested instanceof Number number ? number.intValue() : 0;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mlgate.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.CheckSetting;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.checks.Severity;
import org.mlgate.analysis.diagnostics.DiagnosticsOptions;
import org.mlgate.analysis.diagnostics.Inconclusive;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.errors.SliceError;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.CsvFormat;
import org.mlgate.analysis.model.ModelOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.partial.PartialStates;
import org.mlgate.analysis.report.EvaluationsIndex;
import org.mlgate.analysis.report.ProjectInfo;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportWriters;

// All logic lives in mlgate-analysis; this class only turns POM parameters into an EvaluationRequest and the
// result into log lines and a verdict. (The javadoc below is what `mvn ml:help -Ddetail` shows users.)
/**
 * Evaluates a trained model (Tribuo, ONNX or XGBoost; or a CSV of any model's predictions) on validation data:
 * metrics with confidence intervals, error analysis, data checks for leakage and imbalance, an optional comparison
 * with a baseline. Writes report.json, index.html, TEST-mlgate.xml and summary.md to {@code outputDirectory}, and
 * fails the build when a rule is violated or a data check fails.
 */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractMojo {

    /**
     * The trained model: a Tribuo model (protobuf format, {@code Model.serializeToFile}), an ONNX model
     * ({@code .onnx}; needs ONNX Runtime among the plugin's dependencies) or an XGBoost model ({@code .json} or
     * {@code .ubj}, from {@code save_model}). Not used with {@code predictions}.
     */
    @Parameter(property = "ml.model")
    private File model;

    /** The model's format: {@code auto} (by the file's extension), {@code tribuo}, {@code onnx} or {@code xgboost}. */
    @Parameter(property = "ml.modelFormat", defaultValue = "auto")
    private String modelFormat;

    /**
     * ONNX and XGBoost models that read their features as one vector: the data columns of the features, in the
     * order the model was trained on. A model with named features maps columns by name without it.
     */
    @Parameter(property = "ml.featureColumns")
    private List<String> featureColumns = new ArrayList<>();

    /**
     * ONNX and XGBoost classifiers: the class names in the order of the model's classes (XGBoost's 0, 1, ...; an
     * ONNX model's class labels or probability columns). Default: the model's own.
     */
    @Parameter(property = "ml.labels")
    private List<String> labels = new ArrayList<>();

    /**
     * The validation data, its format by its name: CSV with a header row ({@code .tsv} tab separated), Parquet
     * ({@code .parquet}) or JSON Lines ({@code .jsonl}); {@code .gz} for gzip-compressed text.
     */
    @Parameter(property = "ml.validationData")
    private File validationData;

    /**
     * Instead of {@code model} and {@code validationData}: a file of precomputed predictions from any model (CSV,
     * Parquet or JSON Lines, as {@code validationData}), with columns {@code actual}, {@code predicted} and optional
     * probability columns {@code p_<label>}.
     */
    @Parameter(property = "ml.predictions")
    private File predictions;

    /**
     * Instead of a model or a predictions file: a folder of partial states ({@code template.mlgstate},
     * {@code part-NNNNN.mlgstate}) that an engine such as Spark wrote from the rows (mlgate-spark's
     * {@code SparkEvaluation.writePartials}); they are merged into the report. Settings that change what is counted
     * (sliceColumns, idColumn, groupColumn, timeColumn, confidentMistakes, sliceError, maxClasses, onBadRow) must be
     * those the states were written with; unset column roles are taken from the states.
     */
    @Parameter(property = "ml.partials")
    private File partials;

    /** The column of the true value. Default: {@code label} with a model, {@code actual} with a predictions file. */
    @Parameter(property = "ml.labelColumn")
    private String labelColumn;

    /** The column of the predicted value in a predictions file. Default: {@code predicted}. */
    @Parameter(property = "ml.predictionColumn")
    private String predictionColumn;

    /** The prefix of the probability columns in a predictions file. Default: {@code p_}. */
    @Parameter(property = "ml.probabilityPrefix")
    private String probabilityPrefix;

    /** The positive label of a binary task. Default: the minority class of the validation data. */
    @Parameter(property = "ml.positiveLabel")
    private String positiveLabel;

    /**
     * {@code auto} (from the model, or inferred from a predictions file as classification or regression),
     * {@code classification}, {@code regression}, {@code multilabel}, {@code clustering} or {@code anomaly}. A
     * predictions file of the last three must say so.
     */
    @Parameter(property = "ml.task", defaultValue = "auto")
    private String task;

    /**
     * Anomaly detection: how many of the highest-scored rows {@code precisionAtK} looks at; 0 for as many as the
     * actual anomalies.
     */
    @Parameter(property = "ml.topK", defaultValue = "0")
    private int topK;

    /** What to do with a bad row of a predictions file: {@code fail} (stop, naming the line) or {@code skip} (count it). */
    @Parameter(property = "ml.onBadRow", defaultValue = "fail")
    private String onBadRow;

    /** The coverage of the bootstrap confidence intervals. */
    @Parameter(property = "ml.confidenceLevel", defaultValue = "0.95")
    private double confidenceLevel;

    /** Bootstrap replicates for the confidence intervals; 0 turns the intervals off. */
    @Parameter(property = "ml.bootstrapReplicates", defaultValue = "1000")
    private int bootstrapReplicates;

    /**
     * The gate: JaCoCo-style rules, each with an {@code element} (MODEL, CLASS, SLICE), optional {@code includes}
     * and {@code limits} of {@code metric} with {@code minimum} and/or {@code maximum} ({@code 0.9} or {@code 90%}).
     */
    @Parameter
    private List<Rule> rules = new ArrayList<>();

    /**
     * The training data (CSV, Parquet or JSON Lines; the same columns as the validation data), for the leakage
     * checks that compare rows: overlap, group overlap, time order. Optional.
     */
    @Parameter(property = "ml.trainingData")
    private File trainingData;

    /** A column that identifies rows: used in error-analysis examples and left out of row comparisons. */
    @Parameter(property = "ml.idColumn")
    private String idColumn;

    /** A column of groups (customer, patient): groups found in both training and validation data are leakage. */
    @Parameter(property = "ml.groupColumn")
    private String groupColumn;

    /** A column of times (ISO dates or numbers): validation rows older than the newest training row are leakage. */
    @Parameter(property = "ml.timeColumn")
    private String timeColumn;

    /**
     * {@code imbalance.class-ratio} warns when a class has fewer rows than this times the majority class's (0.10: a
     * ten-to-one imbalance), for any number of classes.
     */
    @Parameter(property = "ml.minorityRatio", defaultValue = "0.10")
    private double minorityRatio;

    /**
     * Severity per data check or family: {@code <check><id>leakage.*</id><severity>warn</severity></check>};
     * severities {@code fail}, {@code warn}, {@code off}. Defaults: leakage fails, imbalance and data warn.
     */
    @Parameter
    private List<CheckSetting> checks = new ArrayList<>();

    /** How many of the most confident wrong predictions (or largest residuals) the report lists. */
    @Parameter(property = "ml.confidentMistakes", defaultValue = "20")
    private int confidentMistakes;

    /** The smallest slice, in rows, that weak-slice discovery reports. */
    @Parameter(property = "ml.minSliceSize", defaultValue = "30")
    private int minSliceSize;

    /**
     * Regression: the error weak-slice discovery compares, {@code absolute} (|actual - predicted|), {@code relative}
     * (divided by |actual|, the row's term of mape) or {@code auto} (relative when the absolute errors grow with the
     * actual value, judged on the first rows; the report says which and why).
     */
    @Parameter(property = "ml.sliceError", defaultValue = "absolute")
    private String sliceError;

    /**
     * The cell separator of the data files: {@code ,}, {@code ;}, {@code |} or {@code tab}. Unset: a {@code .tsv}
     * file is tab separated, any other file is separated by whichever of these its header holds most.
     */
    @Parameter(property = "ml.delimiter")
    private String delimiter;

    /** Numbers in the data files are written with a decimal comma ({@code 3,14}); needs a delimiter other than comma. */
    @Parameter(property = "ml.decimalComma", defaultValue = "false")
    private boolean decimalComma;

    /**
     * The most distinct labels a classification accepts; more means the label column holds ids or numbers, and the
     * build stops with a sentence saying so instead of filling the heap with a confusion matrix.
     */
    @Parameter(property = "ml.maxClasses", defaultValue = "1000")
    private int maxClasses;

    /** Threads that score and analyse rows; 0 for one per available processor. The report does not depend on it. */
    @Parameter(property = "ml.threads", defaultValue = "0")
    private int threads;

    /**
     * Columns whose every value (or quantile bin, for numbers) gets the full metric set in the report's
     * {@code slices}; SLICE rules gate them by name, such as {@code region=west}.
     */
    @Parameter(property = "ml.sliceColumns")
    private List<String> sliceColumns = new ArrayList<>();

    /**
     * The baseline (champion) to compare with: the {@code report.json} of an earlier evaluation on the same
     * validation rows. Limits may then set {@code maximumDrop} ({@code 0.01} or {@code 1%}) and
     * {@code significance}. Optional.
     */
    @Parameter(property = "ml.baseline")
    private File baseline;

    /**
     * A baseline Tribuo model, scored on the same validation rows as {@code model}: gives the paired significance
     * tests (McNemar for accuracy, paired bootstrap for macroF1, balancedAccuracy, f1, mae, rmse) and the rows
     * newly broken by the model. Model mode only. Optional.
     */
    @Parameter(property = "ml.baselineModel")
    private File baselineModel;

    /**
     * Compare with the baseline even when it was computed on other validation rows or with another positive
     * label or other labels; the report's notes say what differs.
     */
    @Parameter(property = "ml.allowDifferentData", defaultValue = "false")
    private boolean allowDifferentData;

    /**
     * Store each validation row's outcome in report.json's {@code rows} (a 64-bit row key, right or wrong and the
     * predicted label's index, or the absolute error; about 9 to 16 bytes a row, at most 5,000,000 rows), so that
     * a later evaluation with this report as its {@code baseline} can make paired significance tests without the
     * model.
     */
    @Parameter(property = "ml.storeRows", defaultValue = "false")
    private boolean storeRows;

    /**
     * Predictions-file mode: a predictions file of the training rows (same columns as {@code predictions}), for the
     * bias and variance diagnosis and the metric {@code generalizationGap}. Model mode scores {@code trainingData}
     * with the model instead. Optional.
     */
    @Parameter(property = "ml.trainingPredictions")
    private File trainingPredictions;

    /**
     * The error the model could reach (human-level or best known), for the bias diagnosis: an error rate for
     * classification ({@code 0.05}), an RMSE for regression. Unset: bias is judged against always predicting the
     * majority class (or the mean), and called high only when the model barely beats that.
     */
    @Parameter(property = "ml.targetError")
    private Double targetError;

    /**
     * Predictions-file mode: the column holding each row's cross-validation fold (out-of-fold predictions). Each
     * fold's metrics, their mean, spread and t interval go into report.json's {@code folds}; limits may then use
     * {@code <bound>foldMean</bound>}, {@code worstFold} or {@code foldSpread}.
     */
    @Parameter(property = "ml.foldColumn")
    private String foldColumn;

    /**
     * Feature importance: permutation importance of the gated metrics in model mode, the association of each column
     * with the errors in predictions mode.
     */
    @Parameter(property = "ml.importance", defaultValue = "true")
    private boolean importance;

    /** Validation rows (a hash-defined sample) that permutation importance shuffles and scores again. */
    @Parameter(property = "ml.importanceRows", defaultValue = "2000")
    private int importanceRows;

    /** Shuffles per column for permutation importance. */
    @Parameter(property = "ml.importanceRepeats", defaultValue = "3")
    private int importanceRepeats;

    /**
     * What a limit does when its value lies within the confidence interval of the estimate, so that the validation
     * rows cannot decide it: {@code estimate} (the point estimate decides; the report says it is inconclusive and how
     * many more rows would decide it), {@code fail}, {@code warn} or {@code pass}.
     */
    @Parameter(property = "ml.onInconclusive", defaultValue = "estimate")
    private String onInconclusive;

    /** Where report.json, index.html, TEST-mlgate.xml and summary.md are written. */
    @Parameter(property = "ml.outputDirectory", defaultValue = "${project.build.directory}/ml-report")
    private File outputDirectory;

    /** Fail the build when a rule is violated; when false, violations are logged as warnings. */
    @Parameter(property = "ml.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    /** Skip the evaluation. */
    @Parameter(property = "ml.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skip, at info level, a project where none of the files set in {@code model}, {@code validationData} and
     * {@code predictions} exists: for a parent that configures files by convention for every module
     * ({@code ${project.basedir}/src/test/ml/predictions.csv}). Off by default, so that a mistyped path fails the
     * build. A project where none of them is set is always skipped at info level.
     */
    @Parameter(property = "ml.skipWithoutData", defaultValue = "false")
    private boolean skipWithoutData;

    /**
     * Several evaluations in one build, each with an {@code id} and what differs from the parameters above
     * ({@code model}, {@code validationData}, {@code predictions}, {@code trainingData}, {@code rules},
     * {@code outputDirectory}, the columns, the baseline; the rest is shared). Each report goes to its own folder
     * ({@code outputDirectory/<id>} unless it sets one), and {@code outputDirectory} gets an index.html and summary.md
     * that link every report with its verdict. The gate fails when any evaluation fails, naming each failure.
     */
    @Parameter
    private List<ModelEvaluation> evaluations = new ArrayList<>();

    // The project's coordinates, read only: the JUnit suite, summary.md and index.html name the module with them.
    @Parameter(defaultValue = "${project.groupId}", readonly = true)
    private String projectGroupId;

    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    private String projectArtifactId;

    @Parameter(defaultValue = "${project.version}", readonly = true)
    private String projectVersion;

    @Parameter(defaultValue = "${project.name}", readonly = true)
    private String projectName;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping model evaluation (ml.skip).");
            return;
        }
        if (evaluations.isEmpty()) {
            evaluateOne();
        } else if (partials != null) {
            throw new MojoExecutionException("partials (ml.partials) merges the states of one evaluation; remove"
                    + " <evaluations>, or evaluate the partial states in a build of their own.");
        } else {
            evaluateAll();
        }
    }

    /** The one evaluation of the plugin's own parameters. */
    private void evaluateOne() throws MojoExecutionException, MojoFailureException {
        Inputs inputs = sharedInputs();
        String nothing = partials != null ? null : inputs.nothingToEvaluate(skipWithoutData);
        if (nothing != null) {
            getLog().info("Skipping model evaluation of " + projectArtifactId + ": nothing to evaluate here, " + nothing
                    + ". Set model and validationData, or predictions, to evaluate this project.");
            return;
        }
        Report report;
        Path index;
        // The writers load their templates while the rows are read; closing waits for that before the realm goes.
        try (ReportWriters writers = ReportWriters.prepare()) {
            report = run(inputs, project());
            index = write(writers, report, outputDirectory);
        }
        new ConsoleSummary(getLog()).print(report, index, inputs.rules().isEmpty());
        if (!report.passed()) {
            String message = VerdictMessage.of(report, index);
            if (haltOnFailure) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (ml.haltOnFailure is false: the build goes on)");
        }
    }

    /** Every {@code <evaluation>}, then the index page; the gate fails when any of them fails, naming each. */
    private void evaluateAll() throws MojoExecutionException, MojoFailureException {
        checkIds();
        Inputs shared = sharedInputs();
        List<EvaluationsIndex.Entry> entries = new ArrayList<>();
        for (ModelEvaluation evaluation : evaluations) {
            String id = evaluation.getId().trim();
            if (evaluation.isSkip()) {
                getLog().info("Skipping evaluation '" + ConsoleText.escape(id) + "' (its skip is set).");
                continue;
            }
            Inputs inputs = evaluation.over(shared);
            String nothing = inputs.nothingToEvaluate(skipWithoutData);
            if (nothing != null) {
                getLog().info("Skipping evaluation '" + ConsoleText.escape(id) + "': nothing to evaluate, " + nothing
                        + ".");
                continue;
            }
            getLog().info("mlgate evaluation '" + ConsoleText.escape(id) + "':");
            Report report;
            try {
                report = run(inputs, project().withEvaluation(id));
            } catch (MojoExecutionException e) {
                throw new MojoExecutionException("Evaluation '" + ConsoleText.escape(id) + "': " + e.getMessage(),
                        e.getCause());
            }
            File directory = evaluation.getOutputDirectory() != null ? evaluation.getOutputDirectory()
                    : new File(outputDirectory, id);
            Path index = write(ReportWriters.standard(), report, directory);
            new ConsoleSummary(getLog()).print(report, index, inputs.rules().isEmpty());
            entries.add(new EvaluationsIndex.Entry(id, report, directory.toPath()));
        }
        if (entries.isEmpty()) {
            getLog().info("Skipping model evaluation of " + projectArtifactId + ": none of its " + evaluations.size()
                    + " evaluations has anything to evaluate here.");
            return;
        }
        Path index;
        try {
            index = new EvaluationsIndex().write(entries, project(), outputDirectory.toPath());
        } catch (InputException e) {
            throw new MojoExecutionException(ConsoleText.escape(e.getMessage()), e);
        }
        List<EvaluationsIndex.Entry> failed = entries.stream().filter(e -> !e.report().passed()).toList();
        getLog().info("mlgate: " + (entries.size() - failed.size()) + " of " + entries.size()
                + " evaluations passed; index of the reports: " + ConsoleText.escape(index));
        if (!failed.isEmpty()) {
            String message = VerdictMessage.ofSeveral(failed, entries.size(), index);
            if (haltOnFailure) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (ml.haltOnFailure is false: the build goes on)");
        }
    }

    /** Every evaluation has an id, unique, usable as a folder name. */
    private void checkIds() throws MojoExecutionException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < evaluations.size(); i++) {
            String id = evaluations.get(i).getId();
            if (id == null || id.isBlank()) {
                throw new MojoExecutionException("The <evaluation> number " + (i + 1) + " of <evaluations> has no"
                        + " <id>; give each one an id (it names its report folder, its JUnit suite and its summary).");
            }
            if (!id.trim().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new MojoExecutionException("The <evaluation> id '" + ConsoleText.escape(id) + "' is not a"
                        + " plain name; use letters, digits, '.', '_' and '-' (it names a folder of the report).");
            }
            if (!seen.add(id.trim())) {
                throw new MojoExecutionException("Two <evaluation>s have the id '" + ConsoleText.escape(id.trim())
                        + "'; give each its own.");
            }
        }
    }

    private ProjectInfo project() {
        return new ProjectInfo(projectGroupId, projectArtifactId, projectVersion, projectName);
    }

    private Report run(Inputs inputs, ProjectInfo project) throws MojoExecutionException {
        try {
            EvaluationRequest request = request(inputs);
            Report report = partials != null ? PartialStates.evaluate(partials.toPath(), request)
                    : Evaluation.run(request);
            return report.withProject(project);
        } catch (InputException e) {
            throw new MojoExecutionException(ConsoleText.escape(e.getMessage()), e);
        } catch (OutOfMemoryError e) {
            // The evaluation's own memory is released with its frames; say what to do instead of "Java heap space".
            throw new MojoExecutionException("mlgate ran out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap): give Maven more, for instance MAVEN_OPTS=-Xmx2g, or evaluate fewer rows. "
                    + "Exact AUC keeps one score per row and class; each slice column keeps them once more.", e);
        }
    }

    private static Path write(ReportWriters writers, Report report, File directory) throws MojoExecutionException {
        try {
            return writers.write(report, directory.toPath());
        } catch (InputException e) {
            throw new MojoExecutionException(ConsoleText.escape(e.getMessage()), e);
        }
    }

    /** The plugin's own parameters as the inputs of an evaluation. */
    private Inputs sharedInputs() {
        return new Inputs(model, validationData, predictions, trainingData, labelColumn, predictionColumn,
                probabilityPrefix, positiveLabel, task, idColumn, groupColumn, timeColumn, rules, sliceColumns,
                baseline, baselineModel, modelFormat, featureColumns, labels);
    }

    private EvaluationRequest request(Inputs in) {
        ParameterRange.requireValid(confidenceLevel, bootstrapReplicates, minorityRatio, confidentMistakes,
                minSliceSize);
        ParameterRange.requireValid(maxClasses, threads);
        ParameterRange.requireValidTopK(topK);
        SourceRequest source = new SourceRequest(path(in.model()), path(in.validationData()), path(in.predictions()),
                in.labelColumn(), in.predictionColumn(), in.probabilityPrefix(), parseTask(in.task()),
                parseBadRow(onBadRow), CsvFormat.of(delimiter, decimalComma),
                new ModelOptions(in.modelFormat(), in.featureColumns(), in.labels()));
        MetricOptions metricOptions = new MetricOptions(in.positiveLabel(), bootstrapReplicates, confidenceLevel,
                MetricOptions.DEFAULT_SEED, maxClasses, topK);
        ErrorAnalysisOptions defaults = ErrorAnalysisOptions.defaults();
        ErrorAnalysisOptions errors = new ErrorAnalysisOptions(confidentMistakes, confidentMistakes,
                defaults.examplesPerPair(), in.idColumn(), defaults.numericBins(), minSliceSize, defaults.maxQValue(),
                defaults.maxDepth(), defaults.maxSlicesReported(), defaults.maxDistinctValues(),
                SliceError.parse(sliceError));
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (CheckSetting check : checks) {
            severities.put(check.getId(), check.severity());
        }
        ChecksOptions checkOptions = new ChecksOptions(null, source.labelColumnOrDefault(), in.idColumn(),
                in.groupColumn(), in.timeColumn(), minorityRatio, severities);
        DiagnosticsOptions diagnostics = new DiagnosticsOptions(importance, importanceRows, importanceRepeats,
                path(trainingPredictions), targetError, foldColumn, Inconclusive.parse(onInconclusive));
        return new EvaluationRequest(source, metricOptions, errors, checkOptions, path(in.trainingData()), in.rules(),
                in.sliceColumns(), new BaselineOptions(path(in.baseline()), path(in.baselineModel()),
                allowDifferentData, storeRows), threads, diagnostics);
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    static Task parseTask(String value) {
        String name = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "auto", "" -> null;
            case "classification" -> Task.CLASSIFICATION;
            case "regression" -> Task.REGRESSION;
            case "multilabel", "multi-label" -> Task.MULTILABEL;
            case "clustering" -> Task.CLUSTERING;
            case "anomaly", "anomaly-detection" -> Task.ANOMALY;
            default -> throw new InputException("Parameter task (ml.task) is '" + value
                    + "'; use auto, classification, regression, multilabel, clustering or anomaly.");
        };
    }

    static BadRowPolicy parseBadRow(String value) {
        String name = value == null ? "fail" : value.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "fail", "" -> BadRowPolicy.FAIL;
            case "skip" -> BadRowPolicy.SKIP;
            default -> throw new InputException("Parameter onBadRow (ml.onBadRow) is '" + value
                    + "'; use fail or skip.");
        };
    }
}

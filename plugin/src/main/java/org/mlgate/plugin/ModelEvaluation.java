package org.mlgate.plugin;

import java.io.File;
import java.util.List;
import org.mlgate.analysis.gate.Rule;

/**
 * One of several evaluations of a build, as Maven fills it from {@code <evaluations><evaluation>} in the POM: an
 * {@code id} and what differs from the plugin's configuration, which gives every parameter left out here (so that two
 * models can share one validation file, or one rule set).
 *
 * <pre>{@code
 * <evaluations>
 *   <evaluation><id>champion</id><model>model/champion.tribuo</model></evaluation>
 *   <evaluation><id>challenger</id><predictions>data/challenger.parquet</predictions></evaluation>
 * </evaluations>
 * }</pre>
 *
 * The report goes to {@code outputDirectory} if set, else to a folder named after the id inside the plugin's
 * {@code outputDirectory}, where an index page links every evaluation's report.
 */
public class ModelEvaluation {
    private String id;
    private File model;
    private File validationData;
    private File predictions;
    private File trainingData;
    private String labelColumn;
    private String predictionColumn;
    private String probabilityPrefix;
    private String positiveLabel;
    private String task;
    private String idColumn;
    private String groupColumn;
    private String timeColumn;
    private List<Rule> rules;
    private List<String> sliceColumns;
    private File baseline;
    private File baselineModel;
    private String modelFormat;
    private List<String> featureColumns;
    private List<String> labels;
    private File outputDirectory;
    private boolean skip;

    /** Names the evaluation: its report folder, its JUnit suite ({@code mlgate.<artifactId>.<id>}), its headings. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public File getModel() {
        return model;
    }

    public void setModel(File model) {
        this.model = model;
    }

    public File getValidationData() {
        return validationData;
    }

    public void setValidationData(File validationData) {
        this.validationData = validationData;
    }

    public File getPredictions() {
        return predictions;
    }

    public void setPredictions(File predictions) {
        this.predictions = predictions;
    }

    public File getTrainingData() {
        return trainingData;
    }

    public void setTrainingData(File trainingData) {
        this.trainingData = trainingData;
    }

    public String getLabelColumn() {
        return labelColumn;
    }

    public void setLabelColumn(String labelColumn) {
        this.labelColumn = labelColumn;
    }

    public String getPredictionColumn() {
        return predictionColumn;
    }

    public void setPredictionColumn(String predictionColumn) {
        this.predictionColumn = predictionColumn;
    }

    public String getProbabilityPrefix() {
        return probabilityPrefix;
    }

    public void setProbabilityPrefix(String probabilityPrefix) {
        this.probabilityPrefix = probabilityPrefix;
    }

    public String getPositiveLabel() {
        return positiveLabel;
    }

    public void setPositiveLabel(String positiveLabel) {
        this.positiveLabel = positiveLabel;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getIdColumn() {
        return idColumn;
    }

    public void setIdColumn(String idColumn) {
        this.idColumn = idColumn;
    }

    public String getGroupColumn() {
        return groupColumn;
    }

    public void setGroupColumn(String groupColumn) {
        this.groupColumn = groupColumn;
    }

    public String getTimeColumn() {
        return timeColumn;
    }

    public void setTimeColumn(String timeColumn) {
        this.timeColumn = timeColumn;
    }

    /** This evaluation's gate; left out, the plugin's {@code rules}. */
    public List<Rule> getRules() {
        return rules;
    }

    public void setRules(List<Rule> rules) {
        this.rules = rules;
    }

    public List<String> getSliceColumns() {
        return sliceColumns;
    }

    public void setSliceColumns(List<String> sliceColumns) {
        this.sliceColumns = sliceColumns;
    }

    public File getBaseline() {
        return baseline;
    }

    public void setBaseline(File baseline) {
        this.baseline = baseline;
    }

    public File getBaselineModel() {
        return baselineModel;
    }

    public void setBaselineModel(File baselineModel) {
        this.baselineModel = baselineModel;
    }

    public File getOutputDirectory() {
        return outputDirectory;
    }

    public void setOutputDirectory(File outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Leave this evaluation out (the others run). */
    public boolean isSkip() {
        return skip;
    }

    public void setSkip(boolean skip) {
        this.skip = skip;
    }

    /** The model's format, as the plugin's {@code modelFormat}. */
    public String getModelFormat() {
        return modelFormat;
    }

    public void setModelFormat(String modelFormat) {
        this.modelFormat = modelFormat;
    }

    public List<String> getFeatureColumns() {
        return featureColumns;
    }

    public void setFeatureColumns(List<String> featureColumns) {
        this.featureColumns = featureColumns;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    /** The inputs of this evaluation: its own where set, else {@code shared}'s. */
    Inputs over(Inputs shared) {
        return new Inputs(or(model, shared.model()), or(validationData, shared.validationData()),
                or(predictions, shared.predictions()), or(trainingData, shared.trainingData()),
                or(labelColumn, shared.labelColumn()), or(predictionColumn, shared.predictionColumn()),
                or(probabilityPrefix, shared.probabilityPrefix()), or(positiveLabel, shared.positiveLabel()),
                or(task, shared.task()), or(idColumn, shared.idColumn()), or(groupColumn, shared.groupColumn()),
                or(timeColumn, shared.timeColumn()), rules != null && !rules.isEmpty() ? rules : shared.rules(),
                sliceColumns != null && !sliceColumns.isEmpty() ? sliceColumns : shared.sliceColumns(),
                or(baseline, shared.baseline()), or(baselineModel, shared.baselineModel()),
                or(modelFormat, shared.modelFormat()), orList(featureColumns, shared.featureColumns()),
                orList(labels, shared.labels()));
    }

    private static <T> T or(T own, T shared) {
        return own != null ? own : shared;
    }

    private static <T> List<T> orList(List<T> own, List<T> shared) {
        return own != null && !own.isEmpty() ? own : shared;
    }
}

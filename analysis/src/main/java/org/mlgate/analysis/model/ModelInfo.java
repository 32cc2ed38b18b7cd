package org.mlgate.analysis.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What was evaluated: report.json's {@code model}. For a predictions file, {@code type} is
 * {@code "predictions-file"} and the Tribuo fields are null.
 *
 * @param type                the model class; for a model of another library its format and kind
 *                            ({@code "onnx"}, {@code "xgboost gbtree binary:logistic"}); or "predictions-file"
 * @param tribuoVersion       the Tribuo version that trained the model
 * @param trainingDataPath    the training data recorded in the model's provenance, when it records one
 * @param trainingDataSha256  that file's SHA-256 as recorded at training time
 * @param trainedBySplit      true when the provenance records a train/test split of that file
 * @param producer            a model of another library: what wrote the file, as the file says
 *                            ({@code "skl2onnx 1.16.0"}, {@code "xgboost 1.7.4"}); null for Tribuo
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelInfo(String path, String sha256, String type, String tribuoVersion, String trainingDataPath,
                        String trainingDataSha256, Boolean trainedBySplit, String producer) {

    public ModelInfo(String path, String sha256, String type, String tribuoVersion, String trainingDataPath,
                     String trainingDataSha256, Boolean trainedBySplit) {
        this(path, sha256, type, tribuoVersion, trainingDataPath, trainingDataSha256, trainedBySplit, null);
    }

    public static ModelInfo predictionsFile(String path, String sha256) {
        return new ModelInfo(path, sha256, "predictions-file", null, null, null, null);
    }

    /** A model of another library (ONNX, XGBoost): no Tribuo provenance. */
    static ModelInfo external(String path, String sha256, String type, String producer) {
        return new ModelInfo(path, sha256, type, null, null, null, null, producer);
    }
}

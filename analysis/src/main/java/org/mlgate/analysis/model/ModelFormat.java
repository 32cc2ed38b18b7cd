package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.Locale;
import org.mlgate.analysis.InputException;

/**
 * The format of a model file: set with {@code modelFormat}, or told by the file name's extension. Each format has its
 * own loader; a format's native library (ONNX Runtime) is loaded only when a model of that format is.
 */
public enum ModelFormat {
    /** Tribuo's protobuf model file ({@code Model.serializeToFile}): any extension but those below. */
    TRIBUO,
    /** An ONNX model ({@code .onnx}), scored in-process by ONNX Runtime. */
    ONNX,
    /** An XGBoost model in XGBoost's JSON ({@code .json}) or UBJSON ({@code .ubj}) format, scored in pure Java. */
    XGBOOST;

    /**
     * @param configured the {@code modelFormat} parameter: {@code tribuo}, {@code onnx}, {@code xgboost}, or null,
     *                   blank or {@code auto} to go by the extension
     * @param file       the model file
     */
    public static ModelFormat of(String configured, Path file) {
        String name = configured == null ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "auto" -> byExtension(file);
            case "tribuo" -> TRIBUO;
            case "onnx" -> ONNX;
            case "xgboost" -> XGBOOST;
            default -> throw new InputException("Parameter modelFormat (ml.modelFormat) is '" + configured
                    + "'; set it to auto (by the file's extension), tribuo, onnx or xgboost.");
        };
    }

    /** {@code .onnx}: ONNX; {@code .json}, {@code .ubj}: XGBoost; anything else: Tribuo. */
    static ModelFormat byExtension(Path file) {
        String name = file == null || file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".onnx")) {
            return ONNX;
        }
        if (name.endsWith(".json") || name.endsWith(".ubj")) {
            return XGBOOST;
        }
        return TRIBUO;
    }

    /** The name of the POM: {@code tribuo}, {@code onnx}, {@code xgboost}. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

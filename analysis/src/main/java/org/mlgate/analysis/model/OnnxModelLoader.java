package org.mlgate.analysis.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/**
 * Loads an ONNX model into ONNX Runtime as untrusted input: the size is checked before the file is read; the file is
 * read once (the SHA-256 and the model come from the same bytes); {@link OnnxModelInspector} refuses external data,
 * custom operator domains and too many or too deeply nested messages before ONNX Runtime sees the bytes; the session
 * is created within the time budget of {@link ModelFileLimits#loadTime()} ({@link LoadDeadline}), and each run of a
 * chunk of rows gets the same budget. Then the model's
 * inputs and outputs are read as scikit-learn's converters (skl2onnx) and Tribuo write them ({@link OnnxModel}).
 *
 * <p>Only this class and {@link OnnxModel} link to ONNX Runtime; {@link OnnxRuntimeCheck} makes sure it is there
 * before either is loaded.
 */
final class OnnxModelLoader {

    private OnnxModelLoader() {
    }

    static TabularModel load(Path file, Task expected, ModelOptions options) {
        return load(file, expected, options, ModelFileLimits.DEFAULT);
    }

    static OnnxModel load(Path file, Task expected, ModelOptions options, ModelFileLimits limits) {
        ModelFile read = ModelFile.read(file, limits.maxFileBytes());
        OnnxModelInspector.Inspection inspection;
        try {
            inspection = OnnxModelInspector.inspect(read.bytes(), limits);
        } catch (ModelFileRejection e) {
            throw ModelFile.rejected(file, e);
        }
        OrtEnvironment environment = environment(file);
        OrtSession session = session(file, read.bytes(), environment, limits);
        try {
            return OnnxModel.of(environment, session, inspection, ModelInfo.external(file.toString(), read.sha256(),
                    "onnx", inspection.producer().isEmpty() ? null : inspection.producer()), expected, options,
                    labelsInMetadata(inspection.metadata()), limits.loadTime());
        } catch (RuntimeException | OrtException e) {
            try {
                session.close();
            } catch (OrtException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException("The model file " + file + " has inputs or outputs that mlgate cannot read ("
                    + e.getMessage() + ").", e);
        }
    }

    /** The process's ONNX Runtime environment; its first use loads the native library. */
    private static OrtEnvironment environment(Path file) {
        try {
            return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "mlgate");
        } catch (RuntimeException | LinkageError e) {
            throw new InputException("ONNX Runtime could not load its native library to score the model file " + file
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); its jar carries the library "
                    + "for Linux, macOS and Windows on x64 and arm64, so check the machine's platform, or evaluate a "
                    + "predictions file instead.", e);
        }
    }

    private static OrtSession session(Path file, byte[] bytes, OrtEnvironment environment, ModelFileLimits limits) {
        try {
            return LoadDeadline.run("mlgate-onnx-load", limits.loadTime(), () -> { }, () -> {
                try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                    // mlgate scores chunks of rows on every core: one thread per run, no pool of ONNX Runtime's own.
                    options.setIntraOpNumThreads(1);
                    options.setInterOpNumThreads(1);
                    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                    options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
                    return environment.createSession(bytes, options);
                }
            });
        } catch (TimeoutException e) {
            throw new InputException("The model file " + file + " did not load within " + limits.loadTime().toSeconds()
                    + " seconds, so mlgate stopped waiting for it; only use model files from a trusted source, or "
                    + "evaluate a predictions file instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("Loading the model file " + file + " was interrupted.", e);
        } catch (OutOfMemoryError e) {
            throw new InputException("The model file " + file + " needs more memory to load than the JVM has ("
                    + ModelFileRejection.megabytes(Runtime.getRuntime().maxMemory()) + " of heap); give Maven more "
                    + "(MAVEN_OPTS=-Xmx2g, say) or evaluate a predictions file instead.", e);
        } catch (Exception e) {
            throw new InputException("The model file " + file + " is not an ONNX model that ONNX Runtime can load ("
                    + oneLine(e.getMessage()) + "); export the model to ONNX again, or evaluate a predictions file "
                    + "instead.", e);
        }
    }

    /** Class names from the metadata key "labels" (or "classes"): a JSON array of names, or names between commas. */
    static List<String> labelsInMetadata(Map<String, String> metadata) {
        String text = metadata.getOrDefault("labels", metadata.get("classes"));
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            try {
                List<String> names = new ArrayList<>();
                for (var node : new ObjectMapper().readTree(trimmed)) {
                    names.add(node.asText());
                }
                return List.copyOf(names);
            } catch (java.io.IOException e) {
                return List.of();
            }
        }
        return List.of(trimmed.split("\\s*,\\s*"));
    }

    static String describe(ValueInfo info) {
        if (info instanceof TensorInfo tensor) {
            return "tensor(" + tensor.type.toString().toLowerCase(java.util.Locale.ROOT) + ") of shape "
                    + java.util.Arrays.toString(tensor.getShape()).replace("-1", "?");
        }
        if (info instanceof SequenceInfo sequence && sequence.isSequenceOfMaps()) {
            return "sequence of maps from " + sequence.mapInfo.keyType + " to " + sequence.mapInfo.valueType;
        }
        return String.valueOf(info);
    }

    static boolean isNumber(OnnxJavaType type) {
        return type == OnnxJavaType.FLOAT || type == OnnxJavaType.DOUBLE;
    }

    static String oneLine(String message) {
        String line = String.valueOf(message).replaceAll("\\p{Cntrl}+", " ").strip().replaceAll("[.\\s]+$", "");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** The name and type of each of the session's inputs or outputs, in the model's order. */
    static Map<String, ValueInfo> infos(Map<String, NodeInfo> nodes) {
        Map<String, ValueInfo> out = new java.util.LinkedHashMap<>();
        nodes.forEach((name, node) -> out.put(name, node.getInfo()));
        return out;
    }
}

package org.mlgate.analysis.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.Sha256;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Loads a Tribuo model file (protobuf, {@code Model.serializeToFile}, Tribuo 4.3+) as untrusted input: Java
 * deserialization inside it is confined to what its format contains ({@link DeserializationGuard},
 * {@link JavaSerializedFormat}), and every failure becomes one
 * {@link InputException} sentence that names the file.
 */
final class TribuoModelLoader {

    private TribuoModelLoader() {
    }

    /**
     * @param file     the model file, as the user gave it (reported as given)
     * @param expected the task the user asked for, or null to take the model's
     */
    static LoadedModel load(Path file, Task expected) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("The model file " + file + " does not exist or is not a file; check the model "
                    + "parameter (relative paths are resolved against the project directory).");
        }
        String sha256;
        try {
            sha256 = Sha256.ofFile(file);
        } catch (IOException | RuntimeException e) {
            throw new InputException("The model file " + file + " cannot be read (" + e.getMessage()
                    + "); check its permissions.", e);
        }
        Model<?> model = deserialize(file);
        Task task = taskOf(file, model);
        if (expected != null && expected != task) {
            throw new InputException("The model file " + file + " holds a " + task.jsonName() + " model ("
                    + model.getClass().getName() + "), but the task is set to " + expected.jsonName()
                    + "; remove the task parameter or use a " + expected.jsonName() + " model.");
        }
        TrainingProvenance training = TrainingProvenance.of(model.getProvenance());
        ModelInfo info = new ModelInfo(file.toString(), sha256, model.getClass().getName(),
                model.getProvenance() == null ? null : model.getProvenance().getTribuoVersion(),
                training.dataPath(), training.sha256(), training.dataPath() == null ? null : training.bySplit());
        return new LoadedModel(model, task, info);
    }

    private static Model<?> deserialize(Path file) {
        try {
            // LibLinear is the only bundled format with Java serialization, and no stream is longer than the file
            DeserializationGuard.Scope scope = DeserializationGuard.scope(JavaSerializedFormat.LIBLINEAR,
                    Files.size(file));
            return DeserializationGuard.during(scope, () -> Model.deserializeFromFile(file));
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("mlgate cannot guard")) {
                throw new InputException("The model file " + file + " was not loaded: " + e.getMessage(), e);
            }
            throw notAModel(file, e);
        } catch (Exception e) {
            // Tribuo reports a bad file as IOException, protobuf errors, IllegalStateException or
            // IllegalArgumentException depending on where it breaks: all mean "not a model we can read".
            throw notAModel(file, e);
        }
    }

    private static InputException notAModel(Path file, Exception e) {
        DeserializationGuard.RefusedStreamException refused = refusedStream(e);
        if (refused != null) {
            return new InputException("The model file " + file + " contains Java-serialized data that its format ("
                    + refused.format().name() + ") never has: " + refused.refused() + ", so mlgate refused it; only "
                    + "use model files from a trusted source, or evaluate a predictions file instead.", e);
        }
        return new InputException("The model file " + file + " is not a Tribuo model that mlgate can read ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "); save the model with "
                + "Model.serializeToFile (Tribuo 4.3 or later) or evaluate a predictions file instead.", e);
    }

    private static DeserializationGuard.RefusedStreamException refusedStream(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DeserializationGuard.RefusedStreamException refused) {
                return refused;
            }
        }
        return null;
    }

    private static Task taskOf(Path file, Model<?> model) {
        if (model.validate(Label.class)) {
            return Task.CLASSIFICATION;
        }
        if (model.validate(Regressor.class)) {
            int dimensions = model.getOutputIDInfo().size();
            if (dimensions != 1) {
                throw new InputException("The model file " + file + " holds a regression model with " + dimensions
                        + " output dimensions; mlgate supports single-output regression only, so train one model "
                        + "per target.");
            }
            return Task.REGRESSION;
        }
        throw new InputException("The model file " + file + " holds a " + model.getClass().getName()
                + ", which predicts neither a class label nor a single number; mlgate evaluates Tribuo "
                + "classification (Label) and regression (Regressor) models.");
    }
}

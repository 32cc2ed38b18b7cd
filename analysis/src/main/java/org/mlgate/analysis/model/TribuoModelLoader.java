package org.mlgate.analysis.model;

import com.google.protobuf.CodedInputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.tribuo.Model;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.clustering.ClusterID;
import org.tribuo.multilabel.MultiLabel;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.Regressor;

/**
 * Loads a Tribuo model file (protobuf, {@code Model.serializeToFile}, Tribuo 4.3+) as untrusted input, in four steps,
 * each of which bounds what the next can cost:
 * <ol>
 *   <li>the file's size is checked before it is read ({@link ModelFileLimits#maxFileBytes}), and it is read once:
 *       its SHA-256 and the model come from the same bytes;</li>
 *   <li>{@link ModelFileInspector} reads it message by message and refuses class names outside
 *       {@link TribuoClassAllowList}, too many or too deeply nested messages and inconsistent declared sizes, before
 *       any class is resolved;</li>
 *   <li>protobuf parses it with a size and recursion limit, and Tribuo builds the model, with Java deserialization
 *       confined to exactly what the format needs ({@link DeserializationGuard}, {@link JavaSerializedFormat});</li>
 *   <li>all of that runs within a time budget ({@link LoadDeadline}).</li>
 * </ol>
 * Every failure becomes one {@link InputException} sentence that names the file and says what to do.
 */
final class TribuoModelLoader {

    private TribuoModelLoader() {
    }

    /**
     * @param file     the model file, as the user gave it (reported as given)
     * @param expected the task the user asked for, or null to take the model's
     */
    static LoadedModel load(Path file, Task expected) {
        return load(file, expected, ModelFileLimits.DEFAULT);
    }

    static LoadedModel load(Path file, Task expected, ModelFileLimits limits) {
        ModelFile read = ModelFile.read(file, limits.maxFileBytes());
        byte[] bytes = read.bytes();
        String sha256 = read.sha256();
        Model<?> model = deserialize(file, bytes, limits);
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

    private static Model<?> deserialize(Path file, byte[] bytes, ModelFileLimits limits) {
        DeserializationGuard.Scope scope = DeserializationGuard.scope();
        try {
            return LoadDeadline.run("mlgate-model-load", limits.loadTime(), scope::expire, () -> {
                ModelFileInspector.Inspection inspection = ModelFileInspector.inspect(bytes, limits);
                CodedInputStream in = CodedInputStream.newInstance(bytes);
                in.enableAliasing(true); // the parsed bytes fields share the file's array instead of copying it
                in.setSizeLimit(bytes.length);
                in.setRecursionLimit(limits.maxDepth());
                ModelProto proto = ModelProto.parseFrom(in);
                scope.allow(inspection.javaFormat(), inspection.longestJavaStream());
                return DeserializationGuard.during(scope, () -> Model.deserialize(proto));
            });
        } catch (ModelFileRejection e) {
            throw rejected(file, e);
        } catch (TimeoutException e) {
            throw new InputException("The model file " + file + " did not load within " + limits.loadTime().toSeconds()
                    + " seconds, so mlgate stopped waiting for it; only use model files from a trusted source, or "
                    + "evaluate a predictions file instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("Loading the model file " + file + " was interrupted.", e);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("mlgate cannot guard")) {
                throw new InputException("The model file " + file + " was not loaded: " + e.getMessage(), e);
            }
            throw notAModel(file, e);
        } catch (StackOverflowError e) {
            throw new InputException("The model file " + file + " is not a Tribuo model that mlgate can read (its "
                    + "data refers to itself without end); save the model with Model.serializeToFile (Tribuo 4.3 or "
                    + "later) or evaluate a predictions file instead.", e);
        } catch (OutOfMemoryError e) {
            throw new InputException("The model file " + file + " needs more memory to load than the JVM has ("
                    + ModelFileRejection.megabytes(Runtime.getRuntime().maxMemory()) + " of heap); give Maven more "
                    + "(MAVEN_OPTS=-Xmx2g, say) or evaluate a predictions file instead.", e);
        } catch (LinkageError e) {
            throw new InputException("The model file " + file + " needs a class that mlgate cannot load ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); evaluate a predictions file "
                    + "instead.", e);
        } catch (Exception e) {
            // Tribuo reports a bad file as IOException, protobuf errors, IllegalStateException or
            // IllegalArgumentException depending on where it breaks: all mean "not a model we can read".
            throw notAModel(file, e);
        }
    }

    private static InputException rejected(Path file, ModelFileRejection rejection) {
        return ModelFile.rejected(file, rejection);
    }

    private static InputException notAModel(Path file, Exception e) {
        DeserializationGuard.RefusedStreamException refused = refusedStream(e);
        if (refused != null) {
            return new InputException("The model file " + file + " contains Java-serialized data that its format ("
                    + refused.format().name() + ") never has: " + refused.refused() + ", so mlgate refused it; only "
                    + "use model files from a trusted source, or evaluate a predictions file instead.", e);
        }
        Throwable cause = innermost(e);
        String reason = oneLine(cause.getMessage());
        return new InputException("The model file " + file + " is not a Tribuo model that mlgate can read ("
                + cause.getClass().getSimpleName() + ": " + reason + "); save the model with "
                + "Model.serializeToFile (Tribuo 4.3 or later) or evaluate a predictions file instead.", e);
    }

    /** A message from Tribuo, which may quote the file, as part of one sentence: one line, no final stop, not long. */
    private static String oneLine(String message) {
        String line = String.valueOf(message).replaceAll("\\p{Cntrl}+", " ").strip().replaceAll("[.\\s]+$", "");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** The innermost cause with a message: Tribuo wraps the reason a model is unreadable in reflection errors. */
    private static Throwable innermost(Throwable e) {
        Throwable found = e;
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null) {
                found = t;
            }
        }
        return found;
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
        if (model.validate(MultiLabel.class)) {
            return Task.MULTILABEL;
        }
        if (model.validate(ClusterID.class)) {
            return Task.CLUSTERING;
        }
        if (model.validate(Event.class)) {
            return Task.ANOMALY;
        }
        throw new InputException("The model file " + file + " holds a " + model.getClass().getName()
                + ", which predicts neither a class label, a single number, a set of labels, a cluster nor an"
                + " anomaly; mlgate evaluates Tribuo Label, Regressor, MultiLabel, ClusterID and Event models.");
    }
}

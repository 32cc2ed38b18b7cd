package org.mlgate.analysis.model;

/**
 * Why a model file was not loaded, as the middle of the sentence the loader writes: "The model file F
 * {@link #sentence}".
 */
final class ModelFileRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private ModelFileRejection(String sentence) {
        super(sentence, null, false, false);
    }

    /** The file's sentence without its subject: "is not a Tribuo model ...; save the model with ...". */
    String sentence() {
        return getMessage();
    }

    /** Not a Tribuo model file, or a damaged one. */
    static ModelFileRejection malformed(String why) {
        return new ModelFileRejection("is not a Tribuo model that mlgate can read (" + why + "); save the model with "
                + "Model.serializeToFile (Tribuo 4.3 or later) or evaluate a predictions file instead.");
    }

    /** A model file that names a class or passes a limit that no model of a bundled family does. */
    static ModelFileRejection refused(String what) {
        return new ModelFileRejection(what + ", so mlgate refused it before loading any class from it; only use "
                + "model files from a trusted source, or evaluate a predictions file instead.");
    }

    /** Not a model of {@code kind} ("an ONNX model"), or a damaged one; {@code fix} says how to make a good one. */
    static ModelFileRejection malformedAs(String kind, String why, String fix) {
        return new ModelFileRejection("is not " + kind + " that mlgate can read (" + why + "); " + fix
                + ", or evaluate a predictions file instead.");
    }

    /** A model of another library that holds what mlgate does not let its library read, said before it reads it. */
    static ModelFileRejection refusedBefore(String library, String what) {
        return new ModelFileRejection(what + ", so mlgate refused it before " + library + " read it; only use model "
                + "files from a trusted source, or evaluate a predictions file instead.");
    }

    /** A Tribuo model of a family the plugin does not bundle. */
    static ModelFileRejection unsupported(String modelClass) {
        return new ModelFileRejection("holds a Tribuo model of class " + modelClass + ", from a family that mlgate "
                + "does not load; "
                + "mlgate loads Tribuo's linear and factorization-machine SGD, kernel SVM, CART tree, random forest, "
                + "LibLinear, LibSVM, k-NN, sparse linear (LARS, elastic net) and baseline models, also transformed "
                + "or feature-hashed; evaluate a predictions file of this model instead.");
    }

    /** A file larger than the limit. */
    static ModelFileRejection tooLarge(long bytes, long limit) {
        return new ModelFileRejection("is " + megabytes(bytes) + ", larger than the " + megabytes(limit)
                + " that mlgate reads from a model file; check that it is the model you meant, or evaluate a "
                + "predictions file of the model instead.");
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

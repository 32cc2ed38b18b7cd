package org.mlgate.analysis.model;

import java.nio.file.Path;
import org.mlgate.analysis.InputException;

/**
 * Whether ONNX Runtime is on the classpath, asked before any class that links to it is loaded, so that a build
 * without it gets one sentence saying which dependency to add instead of a NoClassDefFoundError. ONNX Runtime is
 * not a dependency of the plugin (its jar carries native libraries for every platform, about 90 MB): a project that
 * evaluates an ONNX model adds it to the plugin's dependencies, and only then is its native library loaded.
 */
final class OnnxRuntimeCheck {

    /** The ONNX Runtime version mlgate is built and tested with; later 1.x releases keep its Java API. */
    static final String TESTED_VERSION = "1.20.0";

    private static final String RUNTIME_CLASS = "ai.onnxruntime.OrtEnvironment";

    private OnnxRuntimeCheck() {
    }

    /** The ONNX loader, when ONNX Runtime is on the classpath that loaded mlgate. */
    static TabularLoader loader(Path model) {
        return loader(model, OnnxRuntimeCheck.class.getClassLoader());
    }

    static TabularLoader loader(Path model, ClassLoader classLoader) {
        try {
            Class.forName(RUNTIME_CLASS, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InputException("The model file " + model + " is an ONNX model, and ONNX Runtime is not on the "
                    + "plugin's classpath; add it to the plugin's dependencies in your POM (inside <plugin> for "
                    + "ml-maven-plugin: <dependencies><dependency><groupId>com.microsoft.onnxruntime</groupId>"
                    + "<artifactId>onnxruntime</artifactId><version>" + TESTED_VERSION + "</version></dependency>"
                    + "</dependencies>).", e);
        }
        return OnnxModelLoader::load;
    }
}

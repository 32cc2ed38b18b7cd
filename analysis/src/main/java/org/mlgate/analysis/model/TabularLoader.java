package org.mlgate.analysis.model;

import java.nio.file.Path;
import org.mlgate.analysis.Task;

/** Loads a model file of one format as a {@link TabularModel}; throws InputException with one sentence on failure. */
@FunctionalInterface
interface TabularLoader {

    /**
     * @param expected the task the user asked for, or null to take the model's
     */
    TabularModel load(Path file, Task expected, ModelOptions options);
}

package org.mlgate.analysis.model;

import org.mlgate.analysis.Task;
import org.tribuo.Model;

/** A Tribuo model that passed the checks mlgate needs: its task is known and it has one output dimension. */
record LoadedModel(Model<?> model, Task task, ModelInfo info) {
}

package org.mlgate.analysis.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.checks.TrainingFacts;

/** Every part of RowConsumers is written into a partial state: a part added without a codec fails here. */
class PartCodecsTest {

    /**
     * Fields that partial states do not write, each for its reason: how the rows of a task are viewed (derived from
     * the task in the header), multi-label errors (the format holds classification and regression only) and the
     * diagnostics' rows (no importance sample, no folds: the merged report says so).
     */
    private static final Set<String> NOT_WRITTEN = Set.of("org.mlgate.analysis.TaskAnalyses",
            "org.mlgate.analysis.errors.LabelErrors", "org.mlgate.analysis.diagnostics.RowDiagnostics");

    private static List<Class<?>> fieldTypes() {
        return Arrays.stream(RowConsumers.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getType)
                .filter(type -> !NOT_WRITTEN.contains(type.getName()))
                .collect(Collectors.toList());
    }

    @Test
    void everyFieldOfRowConsumersHasACodec() {
        Set<Class<?>> coded = PartCodecs.ALL.stream().map(PartCodec::type).collect(Collectors.toSet());
        for (Class<?> type : fieldTypes()) {
            assertTrue(coded.contains(type), "RowConsumers has a part " + type.getName() + " that partial states do"
                    + " not write: add a codec to PartCodecs");
        }
    }

    @Test
    void everyFieldOfRowConsumersIsAmongItsParts() {
        RowConsumers consumers = new RowConsumers(Task.CLASSIFICATION, List.of("x"), List.of(), TrainingFacts.none(),
                EvaluationRequest.of(null, List.of()));
        assertEquals(fieldTypes(), consumers.parts().stream().map(Object::getClass).collect(Collectors.toList()),
                "RowConsumers.parts() must list every field of RowConsumers, in order");
    }

    @Test
    void sectionsHaveDistinctNames() {
        assertEquals(PartCodecs.ALL.size(), PartCodecs.ALL.stream().map(PartCodec::section).distinct().count());
    }
}

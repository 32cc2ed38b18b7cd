package org.mlgate.analysis.diagnostics;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.Model;

/**
 * The model's own importances, where its family reports them (Tribuo's {@code getTopFeatures}): a linear model's
 * weights per class, a tree's feature scores. They describe the model, not the validation data, and are on the
 * model's own scale (a weight depends on the feature's units), so the report shows them beside, not instead of, the
 * permutation importance.
 */
final class ModelImportances {
    /** Features listed per output. */
    static final int TOP = 20;
    /** Outputs (classes) listed at most. */
    static final int MAX_OUTPUTS = 30;

    private ModelImportances() {
    }

    /** The model's top features, or null when its family reports none (or refuses to). */
    static Importance.ModelImportance of(Model<?> model) {
        Map<String, List<Pair<String, Double>>> top;
        try {
            top = model.getTopFeatures(TOP);
        } catch (RuntimeException e) {
            return null;
        }
        if (top == null || top.isEmpty()) {
            return null;
        }
        Map<String, List<Importance.Weight>> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, List<Pair<String, Double>>> output : new TreeMap<>(top).entrySet()) {
            if (outputs.size() == MAX_OUTPUTS) {
                break;
            }
            List<Importance.Weight> weights = new ArrayList<>();
            for (Pair<String, Double> pair : output.getValue()) {
                Double value = pair.getB();
                if (value != null && Double.isFinite(value)) {
                    weights.add(new Importance.Weight(pair.getA(), value));
                }
            }
            if (!weights.isEmpty()) {
                outputs.put(output.getKey(), List.copyOf(weights));
            }
        }
        if (outputs.isEmpty()) {
            return null;
        }
        String type = model.getClass().getSimpleName();
        return new Importance.ModelImportance(model.getClass().getName(), describe(type), outputs);
    }

    private static String describe(String type) {
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("tree") || lower.contains("ensemble") || lower.contains("forest")) {
            return "As the model reports them (Tribuo getTopFeatures): how much each feature's splits count in the"
                    + " trees; scores of one model compare with each other, not with other models'.";
        }
        if (lower.contains("linear") || lower.contains("logistic") || lower.contains("sgd")) {
            return "As the model reports them (Tribuo getTopFeatures): the weights of the linear model per class,"
                    + " largest magnitude first; a weight depends on its feature's units.";
        }
        return "As the model reports them (Tribuo getTopFeatures), on the model's own scale.";
    }
}

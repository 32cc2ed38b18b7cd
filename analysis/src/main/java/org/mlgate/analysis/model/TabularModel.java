package org.mlgate.analysis.model;

import java.util.List;
import org.mlgate.analysis.Task;

/**
 * A model of another library (ONNX, XGBoost) that predicts a batch of rows from their feature values: what
 * {@link TabularScoredRowSource} needs from a format. {@link #predict} is called from several threads at once.
 */
interface TabularModel extends AutoCloseable {

    Task task();

    ModelInfo info();

    /** The features the model reads, in its order, and what each must be. */
    ModelFeatures features();

    /** Classification: the class names, in the order of {@link Predictions#probabilities()}'s columns. */
    List<String> labels();

    /** True when {@link #predict} gives probabilities. */
    boolean probabilities();

    /**
     * What an empty numeric cell becomes, as the end of a note's sentence: "which XGBoost follows as missing values
     * (each split's default direction)".
     */
    String missingValues();

    /** Safe to call from several threads at once; throws only on a fault of the library, never for a row. */
    Predictions predict(FeatureBatch batch);

    @Override
    void close();

    /** The kind of value one of the model's features takes. */
    enum Kind {
        /** A floating-point number; an empty cell is a missing value (NaN). */
        NUMBER,
        /** A whole number (ONNX int64); an empty cell cannot be given. */
        INTEGER,
        /** The cell's text (ONNX string). */
        TEXT;

        String describe() {
            return switch (this) {
                case NUMBER -> "a number";
                case INTEGER -> "a whole number";
                case TEXT -> "text";
            };
        }
    }

    /**
     * The model's features.
     *
     * @param names  their names in the model's order, matched to data columns of the same name; empty when the model
     *               takes one vector whose parts have no names (then {@code featureColumns} says which columns)
     * @param count  how many there are; -1 when the model does not say (a vector of any length)
     * @param kinds  the kind of each, or one kind for all
     * @param vector what the model calls its feature vector, for messages ("its input 'float_input'"); null when the
     *               features have names
     */
    record ModelFeatures(List<String> names, int count, List<Kind> kinds, String vector) {

        public ModelFeatures {
            names = List.copyOf(names);
            kinds = List.copyOf(kinds);
        }

        Kind kind(int i) {
            return kinds.size() == 1 ? kinds.get(0) : kinds.get(i);
        }

        boolean named() {
            return !names.isEmpty();
        }
    }

    /**
     * The feature values of a batch of rows, by the model's features: {@code numbers[f][row]} for every feature
     * (NaN for an empty cell), {@code texts[f][row]} for features of kind TEXT (null for the others).
     */
    record FeatureBatch(int rows, double[][] numbers, String[][] texts) {
    }

    /**
     * A batch's predictions, one entry per row.
     *
     * @param labels        classification: the predicted class names; null to take the most probable class
     * @param probabilities classification: {@code probabilities[row]} aligned with {@link #labels()}; null without
     * @param values        regression: the predicted values; null for classification
     */
    record Predictions(String[] labels, double[][] probabilities, double[] values) {
    }
}

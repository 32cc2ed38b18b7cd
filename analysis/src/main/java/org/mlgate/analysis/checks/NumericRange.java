package org.mlgate.analysis.checks;

/** The values a numeric feature took in training, from the model's feature map. */
public record NumericRange(double min, double max) {

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}

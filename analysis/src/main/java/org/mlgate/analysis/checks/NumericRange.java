package org.mlgate.analysis.checks;

/**
 * The values a numeric feature took in training, from the model's feature map.
 *
 * @param trainingRows the training rows the range was taken from (0 when unknown): under a random split a
 *                     validation value falls outside the range of n training values with probability about
 *                     2 / (n + 1), which {@code data.out-of-domain} compares with
 */
public record NumericRange(double min, double max, long trainingRows) {

    boolean contains(double value) {
        return value >= min && value <= max;
    }
}

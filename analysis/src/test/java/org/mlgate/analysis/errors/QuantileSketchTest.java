package org.mlgate.analysis.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    private static final double[] LEVELS = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};

    @Test
    void belowCapacityQuantilesAreExactLikeNumpy() {
        QuantileSketch sketch = new QuantileSketch();
        for (double x : new double[] {3.0, -1.5, 0.25, 7.0, -4.0, 2.0, 2.0, 0.0, 10.5, -0.75, 1.25}) {
            sketch.add(x);
        }
        double[] numpy = {-4.0, -2.75, -0.375, 1.25, 2.5, 8.75, 10.5}; // np.quantile(x, q), linear
        for (int i = 0; i < LEVELS.length; i++) {
            assertEquals(numpy[i], sketch.quantile(LEVELS[i]), 1e-12, "q=" + LEVELS[i]);
        }
        assertTrue(sketch.exact());
    }

    @Test
    void beyondCapacityQuantilesAreWithinOnePercentOfTheTrueOnes() {
        QuantileSketch sketch = new QuantileSketch(1_000);
        Random random = new Random(3);
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * 10 + 2;
            sketch.add(values[i]);
        }
        Arrays.sort(values);
        assertFalse(sketch.exact());
        for (double q : LEVELS) {
            double truth = values[(int) Math.floor(q * (values.length - 1))];
            assertEquals(truth, sketch.quantile(q), 0.0101 * Math.abs(truth) + 1e-9, "q=" + q);
        }
    }

    @Test
    void mergedSketchesEqualOneSketchOfAllValues() {
        Random random = new Random(5);
        QuantileSketch whole = new QuantileSketch(500);
        QuantileSketch[] parts = {new QuantileSketch(500), new QuantileSketch(500), new QuantileSketch(500)};
        for (int i = 0; i < 3_000; i++) {
            double x = random.nextGaussian() * 5;
            whole.add(x);
            parts[i % 3].add(x);
        }
        parts[0].merge(parts[1]);
        parts[0].merge(parts[2]);
        for (double q : LEVELS) {
            assertEquals(whole.quantile(q), parts[0].quantile(q), 0.0, "q=" + q);
        }
    }
}

package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.report.Report;

/**
 * Predictions-file mode: the association of each column with the errors, on errors that depend on one column only.
 */
class ErrorAssociationTest {
    @TempDir
    Path dir;

    @Test
    void theColumnTheErrorsDependOnStandsOutAndNoiseColumnsStayAroundZero() throws IOException {
        // 40% errors in the west, 10% elsewhere; 'score' and 'colour' are independent of the errors.
        Path file = Synthetic.write(dir.resolve("p.csv"), "region,score,colour,actual,predicted", 3000, 1,
                (random, i) -> {
                    String region = new String[] {"north", "south", "east", "west"}[random.nextInt(4)];
                    String actual = random.nextBoolean() ? "yes" : "no";
                    boolean wrong = random.nextDouble() < (region.equals("west") ? 0.4 : 0.1);
                    String predicted = wrong ? (actual.equals("yes") ? "no" : "yes") : actual;
                    return new String[] {region, Synthetic.number(random.nextGaussian()),
                            new String[] {"red", "green", "blue"}[random.nextInt(3)], actual, predicted};
                });

        Report report = Synthetic.evaluatePredictions(file, List.of(), d -> d);

        Importance importance = report.importance();
        assertEquals(Importance.ERROR_ASSOCIATION, importance.method());
        assertNull(importance.repeats());
        assertEquals(2000, importance.sampleRows(), "the default sample");
        assertEquals("region", importance.features().get(0).column());
        assertTrue(score(importance, "region").clearlyPositive());
        for (String noise : List.of("score", "colour")) {
            Importance.Score s = score(importance, noise);
            assertTrue(s.lower() <= 0 && s.upper() >= 0, noise + ": " + s);
        }
    }

    @Test
    void regressionErrorsAreAbsoluteErrors() throws IOException {
        // The error grows with 'size'; 'noise' has nothing to do with it.
        Path file = Synthetic.write(dir.resolve("r.csv"), "size,noise,actual,predicted", 2000, 2, (random, i) -> {
            double size = random.nextDouble() * 10;
            double actual = 3 * size;
            return new String[] {Synthetic.number(size), Synthetic.number(random.nextDouble()),
                    Synthetic.number(actual), Synthetic.number(actual + random.nextGaussian() * size)};
        });

        Importance importance = Synthetic.evaluatePredictions(file, List.of(), d -> d).importance();

        assertEquals("size", importance.features().get(0).column());
        assertTrue(score(importance, "size").clearlyPositive());
        Importance.Score noise = score(importance, "noise");
        assertTrue(noise.lower() <= 0 && noise.upper() >= 0, noise.toString());
    }

    @Test
    void importanceCanBeTurnedOff() throws IOException {
        Path file = Synthetic.write(dir.resolve("p.csv"), "x,actual,predicted", 100, 3,
                (random, i) -> new String[] {"1", "a", random.nextBoolean() ? "a" : "b"});
        assertNull(Synthetic.evaluatePredictions(file, List.of(), d -> d.withImportance(false)).importance());
    }

    private static Importance.Score score(Importance importance, String column) {
        return importance.features().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow()
                .score(Importance.ERROR_VARIANCE_EXPLAINED);
    }
}

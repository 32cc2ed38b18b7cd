package org.mlgate.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.gate.Rule;

/** The parameters of issue 12 as Maven fills them, and what they do to the log and the report. */
@MojoTest
class DiagnosticsMojoTest {
    private static final String POM = "src/test/resources/unit/iris/pom.xml";
    private static final Path OUTPUT = Path.of("target/harness/iris");

    @BeforeEach
    void removeEarlierReport() throws Exception {
        if (Files.exists(OUTPUT)) {
            try (Stream<Path> files = Files.walk(OUTPUT)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void defaultsAreThoseOfTheDocumentation(EvaluateMojo mojo) throws Exception {
        assertEquals("estimate", getVariableValueFromObject(mojo, "onInconclusive"));
        assertEquals(Boolean.TRUE, getVariableValueFromObject(mojo, "importance"));
        assertEquals(2000, (Integer) getVariableValueFromObject(mojo, "importanceRows"));
        assertEquals(3, (Integer) getVariableValueFromObject(mojo, "importanceRepeats"));
        assertEquals(null, (Object) getVariableValueFromObject(mojo, "targetError"));
        assertEquals(null, (Object) getVariableValueFromObject(mojo, "foldColumn"));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void anInconclusiveLimitWarnsAndTheBuildGoesOn(EvaluateMojo mojo) throws Exception {
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        rules.get(0).getLimits().get(0).setMinimum("0.985"); // within the interval of 45 rows' accuracy
        setVariableValueToObject(mojo, "onInconclusive", "warn");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        String lines = String.join("\n", log.lines());
        assertTrue(lines.contains("[warn] Rule inconclusive for MODEL: accuracy is"), lines);
        assertTrue(lines.contains("more rows like these would decide it (onInconclusive=warn)"), lines);
        assertTrue(lines.matches("(?s).*\\[info\\] 2 of 3 rules met, 1 inconclusive \\(onInconclusive=warn\\).*"),
                lines);
        assertTrue(Files.readString(OUTPUT.resolve("report.json")).matches("(?s).*\"conclusive\"\\s*:\\s*false.*"));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void theImportanceOfTheModelIsLogged(EvaluateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("[info]   importance (accuracy lost when"
                + " shuffled): petal")), String.join("\n", log.lines()));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void trainingDataGivesTheFitAndItsCheck(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "trainingData",
                new File("../sample-projects/iris-species/data/iris-train.csv"));
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("[info]   fit: ")),
                String.join("\n", log.lines()));
        String json = Files.readString(OUTPUT.resolve("report.json"));
        assertTrue(json.contains("\"generalizationGap\""), json);
        assertTrue(json.matches("(?s).*\"id\"\\s*:\\s*\"diagnostics.fit\".*"), json);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void anUnknownInconclusivePolicyIsRejectedWithTheChoices(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "onInconclusive", "maybe");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Parameter onInconclusive (ml.onInconclusive) is 'maybe'; use estimate (the default: the point"
                + " estimate decides), fail, warn or pass.", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void importanceRowsOutOfRangeIsOneSentence(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "importanceRows", 5);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("importanceRows (ml.importanceRows) is 5; set it between 10"),
                error.getMessage());
    }
}

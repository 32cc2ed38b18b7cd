package org.mlgate.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several evaluations in one build ({@code <evaluations>}), and projects with nothing to evaluate. */
@MojoTest
class EvaluationsMojoTest {
    private static final String POM = "src/test/resources/unit/evaluations/pom.xml";
    private static final Path OUTPUT = Path.of("target/harness/evaluations");

    @BeforeEach
    void removeEarlierReports() throws Exception {
        if (Files.exists(OUTPUT)) {
            try (Stream<Path> files = Files.walk(OUTPUT)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void theGateFailsWhenAnyEvaluationFailsAndNamesEachFailure(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "projectArtifactId", "evaluations-harness");
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("Model quality gate failed for 1 of 2 evaluations:\n  strict:\n"
                + "    - Rule violated for MODEL: accuracy is"), failure.getMessage());
        assertFalse(failure.getMessage().contains("logistic:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("index.html"), failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void eachEvaluationHasItsReportFolderAndTheIndexLinksThemWithTheirVerdicts(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "projectArtifactId", "evaluations-harness");
        setVariableValueToObject(mojo, "haltOnFailure", false);
        mojo.execute();
        for (String id : List.of("logistic", "strict")) {
            for (String name : List.of("report.json", "index.html", "TEST-mlgate.xml", "summary.md")) {
                assertTrue(Files.isRegularFile(OUTPUT.resolve(id).resolve(name)), id + "/" + name);
            }
            String junit = Files.readString(OUTPUT.resolve(id).resolve("TEST-mlgate.xml"));
            assertTrue(junit.contains("testsuite name=\"mlgate.evaluations-harness." + id + "\""), junit);
            assertTrue(Files.readString(OUTPUT.resolve(id).resolve("summary.md")).lines().findFirst().orElseThrow()
                    .endsWith("evaluation `" + id + "`"));
        }
        String index = Files.readString(OUTPUT.resolve("index.html"));
        assertTrue(index.contains("href=\"logistic/index.html\""), index);
        assertTrue(index.contains("href=\"strict/index.html\""), index);
        assertTrue(index.contains("1 of 2 evaluations failed"), index);
        String summary = Files.readString(OUTPUT.resolve("summary.md"));
        assertTrue(summary.startsWith("## mlgate: FAIL"), summary);
        assertTrue(summary.contains("| `strict` | **FAIL** |"), summary);
        assertTrue(summary.contains("| `logistic` | PASS |"), summary);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void idsMustBeGivenAndUnique(EvaluateMojo mojo) throws Exception {
        List<ModelEvaluation> evaluations = getVariableValueFromObject(mojo, "evaluations");
        evaluations.get(1).setId("logistic");
        MojoExecutionException twice = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Two <evaluation>s have the id 'logistic'; give each its own.", twice.getMessage());
        evaluations.get(1).setId(null);
        MojoExecutionException none = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(none.getMessage().startsWith("The <evaluation> number 2 of <evaluations> has no <id>"),
                none.getMessage());
        evaluations.get(1).setId("../up");
        assertThrows(MojoExecutionException.class, mojo::execute);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void anInputErrorNamesItsEvaluation(EvaluateMojo mojo) throws Exception {
        List<ModelEvaluation> evaluations = getVariableValueFromObject(mojo, "evaluations");
        evaluations.get(1).setLabelColumn("kind");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("Evaluation 'strict': The validation file "), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aProjectWithNothingToEvaluateIsSkippedAtInfoLevel(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "evaluations", new ArrayList<ModelEvaluation>());
        setVariableValueToObject(mojo, "validationData", null);
        setVariableValueToObject(mojo, "projectArtifactId", "library");
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines().contains("[info] Skipping model evaluation of library: nothing to evaluate here, no"
                + " model, validationData or predictions is set. Set model and validationData, or predictions, to"
                + " evaluate this project."), log.lines().toString());
        assertFalse(Files.exists(OUTPUT));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aModuleWithoutTheFilesItsParentConfiguresIsSkippedWithSkipWithoutData(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "evaluations", new ArrayList<ModelEvaluation>());
        setVariableValueToObject(mojo, "predictions", new File("src/test/ml/predictions.csv"));
        setVariableValueToObject(mojo, "validationData", null);
        MojoExecutionException missing = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        setVariableValueToObject(mojo, "skipWithoutData", true);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("none of its input files exists ("
                + new File("src/test/ml/predictions.csv").getPath() + ")")), log.lines().toString());
        assertFalse(Files.exists(OUTPUT));
    }
}

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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mojo as Maven builds it from a POM: parameters, rules, the report on disk and the verdict. */
@MojoTest
class EvaluateMojoTest {
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
    void rulesFromThePomBecomeRulesAndLimits(EvaluateMojo mojo) throws Exception {
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        assertEquals(2, rules.size());
        Rule classRule = rules.get(1);
        assertEquals(Element.CLASS, classRule.getElement());
        assertEquals(List.of("virginica"), classRule.getIncludes());
        Limit recall = classRule.getLimits().get(0);
        assertEquals("recall", recall.getMetric());
        assertEquals(0.8, recall.getMinimum(), 1e-12);
        assertEquals(1.0, classRule.getLimits().get(1).getMaximum(), 1e-12);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void defaultsAreThoseOfTheDocumentation(EvaluateMojo mojo) throws Exception {
        assertEquals("auto", getVariableValueFromObject(mojo, "task"));
        assertEquals(Boolean.TRUE, getVariableValueFromObject(mojo, "haltOnFailure"));
        assertEquals(Boolean.FALSE, getVariableValueFromObject(mojo, "skip"));
        assertEquals(0.95, (Double) getVariableValueFromObject(mojo, "confidenceLevel"), 0);
        assertEquals("fail", getVariableValueFromObject(mojo, "onBadRow"));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void passingGateWritesTheWholeReport(EvaluateMojo mojo) throws Exception {
        mojo.execute();
        for (String name : List.of("report.json", "index.html", "TEST-mlgate.xml", "summary.md")) {
            assertTrue(Files.isRegularFile(OUTPUT.resolve(name)), name);
        }
        String json = Files.readString(OUTPUT.resolve("report.json"));
        assertTrue(json.contains("\"verdict\" : \"pass\"") || json.contains("\"verdict\": \"pass\""), json);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void violatedRuleFailsTheBuildAndNamesTheReport(EvaluateMojo mojo) throws Exception {
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        rules.get(0).getLimits().get(0).setMinimum("0.999");
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("1 rule was violated"), failure.getMessage());
        // Maven prints this message even with -q: it names the rule itself.
        assertTrue(failure.getMessage().contains("\n  - Rule violated for MODEL: accuracy is"), failure.getMessage());
        assertTrue(failure.getMessage().contains("index.html"), failure.getMessage());
        assertTrue(Files.readString(OUTPUT.resolve("report.json")).contains("\"fail\""));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void haltOnFailureFalseKeepsTheBuildGoingButRecordsTheFailure(EvaluateMojo mojo) throws Exception {
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        rules.get(0).getLimits().get(0).setMinimum("0.999");
        setVariableValueToObject(mojo, "haltOnFailure", false);
        mojo.execute();
        String json = Files.readString(OUTPUT.resolve("report.json"));
        assertTrue(json.matches("(?s).*\"verdict\"\\s*:\\s*\"fail\".*"), json);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void skipWritesNothing(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "skip", true);
        mojo.execute();
        assertFalse(Files.exists(OUTPUT));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void missingModelIsOneSentenceNamingTheFile(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "model", new File("no/such/model.tribuo"));
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("model.tribuo"), error.getMessage());
        assertFalse(Files.exists(OUTPUT));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void unknownTaskIsRejectedWithTheChoices(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "task", "ranking");
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("auto, classification, regression, multilabel, clustering or anomaly"),
                error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void passingGateSaysThatAllRulesAreMet(EvaluateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines().stream().anyMatch(line -> line.matches("\\[info\\] All \\d+ rules met; .*")),
                String.join("\n", log.lines()));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = "src/test/resources/unit/bad-limit/pom.xml")
    void nonNumberLimitInThePomIsOneSentenceWithoutTheConfiguratorStack(EvaluateMojo mojo) throws Exception {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("The <minimum> of the limit on 'accuracy' is 'abc'; write a number such as 0.9 or a percentage"
                + " such as 90%.", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void hugeBootstrapReplicatesAreRefusedBeforeAnythingIsRead(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "bootstrapReplicates", 2_000_000_000);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Parameter bootstrapReplicates (ml.bootstrapReplicates) is 2000000000; set it between 0 and"
                + " 100000 (0 turns the intervals off; 1000 is the default).", error.getMessage());
        assertFalse(Files.exists(OUTPUT));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void everyNumericParameterIsRangeChecked(EvaluateMojo mojo) throws Exception {
        for (Object[] bad : new Object[][] {{"confidenceLevel", 1.5, "ml.confidenceLevel"},
                {"minorityRatio", 0.0, "ml.minorityRatio"}, {"confidentMistakes", -1, "ml.confidentMistakes"},
                {"minSliceSize", 0, "ml.minSliceSize"}}) {
            Object before = getVariableValueFromObject(mojo, (String) bad[0]);
            setVariableValueToObject(mojo, (String) bad[0], bad[1]);
            MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
            assertTrue(error.getMessage().startsWith("Parameter " + bad[0] + " (" + bad[2] + ") is "),
                    error.getMessage());
            setVariableValueToObject(mojo, (String) bad[0], before);
        }
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void theReportNamesTheProject(EvaluateMojo mojo) throws Exception {
        // Maven fills these from ${project.*}; the sample projects' verify.groovy checks that it does.
        setVariableValueToObject(mojo, "projectArtifactId", "iris-harness");
        mojo.execute();
        String junit = Files.readString(OUTPUT.resolve("TEST-mlgate.xml"));
        assertTrue(junit.contains("testsuite name=\"mlgate.iris-harness\""), junit);
        assertTrue(Files.readString(OUTPUT.resolve("summary.md")).contains("iris-harness"));
    }
}

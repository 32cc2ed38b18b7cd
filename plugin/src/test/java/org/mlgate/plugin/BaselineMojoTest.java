package org.mlgate.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;

/** The Mojo with a baseline: a first run writes the champion's report, a second run is gated against it. */
@MojoTest
class BaselineMojoTest {
    private static final String POM = "src/test/resources/unit/champion/pom.xml";
    private static final Path OUTPUT = Path.of("target/harness/champion");
    private static final File CHAMPION_MODEL = new File("src/test/resources/unit/iris/iris-logistic.tribuo");

    @BeforeEach
    void removeEarlierReports() throws Exception {
        if (Files.exists(OUTPUT)) {
            try (Stream<Path> files = Files.walk(OUTPUT)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Runs the champion with the same mojo: its report becomes the baseline of the next run. */
    private static void runChampion(EvaluateMojo mojo) throws Exception {
        File challenger = getVariableValueFromObject(mojo, "model");
        File baseline = getVariableValueFromObject(mojo, "baseline");
        File output = getVariableValueFromObject(mojo, "outputDirectory");
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        setVariableValueToObject(mojo, "model", CHAMPION_MODEL);
        setVariableValueToObject(mojo, "baseline", null);
        setVariableValueToObject(mojo, "rules", new ArrayList<Rule>());
        setVariableValueToObject(mojo, "outputDirectory", OUTPUT.resolve("baseline").toFile());
        mojo.execute();
        setVariableValueToObject(mojo, "model", challenger);
        setVariableValueToObject(mojo, "baseline", baseline);
        setVariableValueToObject(mojo, "rules", rules);
        setVariableValueToObject(mojo, "outputDirectory", output);
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void maximumDropAndBaselineComeFromThePom(EvaluateMojo mojo) throws Exception {
        List<Rule> rules = getVariableValueFromObject(mojo, "rules");
        Limit limit = rules.get(0).getLimits().get(0);
        assertEquals(0.01, limit.getMaximumDrop(), 1e-12);
        assertEquals(Boolean.FALSE, getVariableValueFromObject(mojo, "allowDifferentData"));
        assertTrue(getVariableValueFromObject(mojo, "baseline").toString().endsWith("report.json"));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aChallengerWorseThanTheChampionsReportFailsTheBuild(EvaluateMojo mojo) throws Exception {
        runChampion(mojo);
        List<String> lines = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                lines.add(content.toString());
            }
        });
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().contains("1 rule was violated"), failure.getMessage());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Rule violated for MODEL: accuracy is 0.6667, ")
                && l.contains("below the baseline's")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("baseline accuracy")), lines.toString());
        Report report = new ReportReader().read(OUTPUT.resolve("challenger/report.json"));
        assertTrue(report.baseline().sameRows());
        assertTrue(report.baseline().comparisons().stream()
                .anyMatch(c -> c.metric().equals("accuracy") && c.difference() < 0));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aBaselineModelGivesPValuesAndNewlyBrokenRows(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "baseline", null);
        setVariableValueToObject(mojo, "baselineModel", CHAMPION_MODEL);
        setVariableValueToObject(mojo, "haltOnFailure", false);
        mojo.execute();
        Report report = new ReportReader().read(OUTPUT.resolve("challenger/report.json"));
        assertTrue(report.baseline().comparisons().stream()
                .anyMatch(c -> c.metric().equals("accuracy") && c.pValue() != null));
        assertTrue(report.baseline().newlyBrokenRows() > 0);
        assertTrue(Files.readString(OUTPUT.resolve("challenger/index.html")).contains("Against the baseline"));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aMissingBaselineReportIsOneSentenceNamingTheFile(EvaluateMojo mojo) throws Exception {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("report.json does not exist"), error.getMessage());
    }
}

package org.mlgate.plugin;

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
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.checks.ChecksOptions;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvFormat;
import org.mlgate.analysis.data.CsvRow;
import org.mlgate.analysis.data.CsvTable;
import org.mlgate.analysis.errors.ErrorAnalysisOptions;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.partial.PartialSpec;
import org.mlgate.analysis.partial.PartialStates;
import org.mlgate.analysis.partial.PartialTemplate;
import org.mlgate.analysis.partial.PartitionCounter;

/** ml:evaluate with {@code <partials>}: the states an engine wrote are merged, reported and gated from the POM. */
@MojoTest
class PartialsMojoTest {
    private static final String POM = "src/test/resources/unit/partials/pom.xml";
    private static final Path STATES = Path.of("target/harness/partials-states");
    private static final Path OUTPUT = Path.of("target/harness/partials");
    private static final Path DATA = Path.of("../sample-projects/churn-predictions/data/predictions.csv");

    /** Writes the states of the churn sample's predictions in three partitions, as an engine would. */
    @BeforeEach
    void writeStates() throws Exception {
        for (Path folder : List.of(STATES, OUTPUT)) {
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> header;
        try (CsvTable table = CsvTable.open(DATA, new BadRows(BadRowPolicy.FAIL), CsvFormat.detect())) {
            header = table.header();
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rows.add(row);
            }
        }
        EvaluationRequest request = new EvaluationRequest(SourceRequest.forPredictions(null),
                MetricOptions.defaults(), ErrorAnalysisOptions.defaults().withIdColumn("customer_id"),
                new ChecksOptions(null, "actual", "customer_id", null, null, ChecksOptions.DEFAULT_MINORITY_RATIO,
                        Map.of()), null, List.of(), List.of("region"), BaselineOptions.none());
        PartialSpec spec = new PartialSpec(DATA.toString(), null, header, request, "Line");
        PartialTemplate template = PartialTemplate.count(spec, () -> null, rows.iterator());
        PartialStates.write(STATES, template.write(3));
        for (int p = 0; p < 3; p++) {
            PartitionCounter counter = template.partition(p, 3, p * 1000L);
            rows.subList(p * 1000, (p + 1) * 1000).forEach(counter::add);
            PartialStates.write(STATES, counter.finish());
        }
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void partialStatesAreReportedAndGated(EvaluateMojo mojo) throws Exception {
        mojo.execute();
        String json = Files.readString(OUTPUT.resolve("report.json"));
        assertTrue(json.matches("(?s).*\"verdict\"\\s*:\\s*\"pass\".*"), json);
        assertTrue(json.matches("(?s).*\"rows\"\\s*:\\s*3000,.*"), json);
        assertTrue(Files.isRegularFile(OUTPUT.resolve("index.html")));
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aSettingThatChangesWhatIsCountedMustBeTheStates(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "sliceColumns", List.of("plan"));
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("The partial states in " + STATES.toAbsolutePath() + " were counted with other settings than"
                + " this build's: sliceColumns is [region] in the states but [plan] here. Set the same in the POM,"
                + " or write the states again with this build's settings: what is counted cannot change after the"
                + " rows were read.", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void partialsWithAPredictionsFileIsOneSentence(EvaluateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "predictions", new File(DATA.toString()));
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("Both partials and predictions are set; set partials alone to evaluate partial states, or"
                + " leave it unset to read the rows.", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "evaluate", pom = POM)
    void aDamagedStateIsOneSentenceNamingTheFile(EvaluateMojo mojo) throws Exception {
        Path part = STATES.resolve("part-00001.mlgstate");
        byte[] bytes = Files.readAllBytes(part);
        bytes[bytes.length / 3] ^= 1;
        Files.write(part, bytes);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("The partial state " + part.toAbsolutePath()
                + " is damaged (its CRC32C checksum"), error.getMessage());
    }
}

package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.errors.SliceResult;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.RuleResult;

/** The whole pipeline on a predictions file with a planted weak region: metrics, slices, SLICE rules, verdict. */
class EvaluationTest {
    @TempDir
    Path dir;

    /**
     * 4,000 rows, binary, with a region column (east/west/north) and an age column; the model is wrong 5% of the
     * time, but 40% of the time where region = west.
     */
    private Path predictions() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder csv = new StringBuilder("region,age,actual,predicted,p_no,p_yes\n");
        String[] regions = {"east", "west", "north"};
        for (int i = 0; i < 4000; i++) {
            String region = regions[random.nextInt(3)];
            int age = 18 + random.nextInt(60);
            boolean yes = random.nextDouble() < 0.3;
            boolean wrong = random.nextDouble() < (region.equals("west") ? 0.4 : 0.05);
            boolean predictedYes = yes != wrong;
            double pYes = predictedYes ? 0.6 + 0.4 * random.nextDouble() : 0.4 * random.nextDouble();
            csv.append(region).append(',').append(age).append(',').append(yes ? "yes" : "no").append(',')
                    .append(predictedYes ? "yes" : "no").append(',').append(1 - pYes).append(',').append(pYes)
                    .append('\n');
        }
        Path file = dir.resolve("predictions.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Report evaluate(List<Rule> rules) throws IOException {
        EvaluationRequest defaults = EvaluationRequest.of(SourceRequest.forPredictions(predictions()), rules);
        return Evaluation.run(new EvaluationRequest(defaults.source(),
                defaults.metricOptions().withBootstrapReplicates(100), defaults.errors(), defaults.checks(), null,
                rules).withSliceColumns(List.of("region", "age")));
    }

    private static Rule sliceRule(String include, String metric, String minimum) {
        return new Rule(Element.SLICE, List.of(include), List.of(new Limit(metric, minimum, null)));
    }

    @Test
    void everyValueOfASliceColumnGetsTheFullMetricSet() throws IOException {
        Report report = evaluate(List.of());
        SliceResult west = report.slices().stream().filter(s -> s.name().equals("region=west")).findFirst()
                .orElseThrow();
        assertFalse(west.discovered());
        assertTrue(west.metrics().get("accuracy") < 0.7, west.metrics().toString());
        assertNotNull(west.metrics().get("aucRoc"));
        assertNotNull(west.intervals().get("accuracy"));
        long ageBins = report.slices().stream().filter(s -> s.name().startsWith("age=")).count();
        assertEquals(5, ageBins);
        long regionRows = report.slices().stream().filter(s -> s.name().startsWith("region="))
                .mapToLong(SliceResult::rows).sum();
        assertEquals(report.data().rows(), regionRows);
    }

    @Test
    void weakSliceDiscoveryFindsThePlantedRegionAndSliceRulesSeeIt() throws IOException {
        Report report = evaluate(List.of());
        SliceResult discovered = report.slices().stream().filter(SliceResult::discovered).findFirst().orElseThrow();
        assertEquals("region = west", discovered.description());
    }

    @Test
    void namedSliceRuleFailsOnTheWeakRegionOnly() throws IOException {
        Report report = evaluate(List.of(sliceRule("region=west", "accuracy", "0.8"),
                sliceRule("region=east", "accuracy", "0.8")));
        List<RuleResult> rules = report.rules();
        assertEquals(2, rules.size());
        assertEquals("fail", rules.get(0).status());
        // 40% wrong in the west: accuracy near 0.6, far below the limit.
        assertTrue(rules.get(0).message().matches("Rule violated for SLICE 'region=west': accuracy is 0\\.[56]\\d*, "
                + "but expected minimum is 0\\.80"), rules.get(0).message());
        assertEquals("pass", rules.get(1).status());
        assertEquals("fail", report.verdict());
    }

    @Test
    void sliceIncludeAcceptsTheFormTheReportDisplays() throws IOException {
        Report report = evaluate(List.of(sliceRule("region = west", "accuracy", "0.8")));
        assertEquals(1, report.rules().size(), report.rules().toString());
        assertEquals("region=west", report.rules().get(0).target());
        String bin = report.slices().stream().filter(s -> s.name().startsWith("age=")).findFirst().orElseThrow()
                .description();
        RuleResult byDescription = evaluate(List.of(sliceRule(bin.replace(" ", ""), "accuracy", "0.1"))).rules()
                .get(0);
        assertEquals("pass", byDescription.status(), byDescription.message());
    }

    @Test
    void aWildcardIncludeMatchesNamesAsTheyAreNotTheDescriptionsOfDiscoveredSlices() throws IOException {
        Rule rule = sliceRule("region=*", "accuracy", "0.1");
        RuleResult result = evaluate(List.of(rule)).rules().get(0);
        assertTrue(result.message().contains("of 3 slices"), result.message());
    }

    @Test
    void wildcardSliceRuleGatesTheWorstSliceOfEnoughRows() throws IOException {
        Rule rule = sliceRule("*", "accuracy", "0.8");
        rule.setMinSliceSize(50);
        RuleResult result = evaluate(List.of(rule)).rules().get(0);
        assertEquals("fail", result.status());
        assertEquals("*", result.target(), "the target is the rule's pattern, stable from run to run");
        assertTrue(result.message().startsWith("Rule violated for SLICE '*': accuracy of the worst slice 'region=west'"),
                result.message());
    }

    @Test
    void sliceRuleOnAColumnNotSlicedFailsAndSaysHow() throws IOException {
        RuleResult result = evaluate(List.of(sliceRule("colour=red", "accuracy", "0.8"))).rules().get(0);
        assertEquals("fail", result.status());
        assertTrue(result.message().contains("<sliceColumns>"), result.message());
    }
}

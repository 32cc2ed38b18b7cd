package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.WhyFailed;

/**
 * Why the gate failed, on a confusion known by construction: 300 rows of three classes; 'a' always right, half of
 * 'b' predicted as 'c', a fifth of 'c' predicted as 'b'. Every mistake of 'b' is in the region 'east'.
 */
class WhyGateFailedTest {
    @TempDir
    Path dir;

    private Report evaluate(List<Rule> rules) throws IOException {
        Path file = Synthetic.write(dir.resolve("p.csv"), "region,actual,predicted", 300, 1, (random, i) -> {
            String actual = i < 100 ? "a" : i < 200 ? "b" : "c";
            int k = i % 100;
            String predicted = actual.equals("b") && k < 50 ? "c" : actual.equals("c") && k < 20 ? "b" : actual;
            String region = actual.equals("b") ? (k < 50 ? "east" : "west") : (k % 2 == 0 ? "east" : "west");
            return new String[] {region, actual, predicted};
        });
        return Evaluation.run(Synthetic.request(SourceRequest.forPredictions(file), null, rules, d -> d)
                .withSliceColumns(List.of("region")));
    }

    @Test
    void theClassesPartsAddUpToTheShortfall() throws IOException {
        Report report = evaluate(List.of(new Rule(Element.MODEL, List.of(),
                List.of(new Limit("accuracy", "0.90", null)))));

        WhyFailed.Explanation why = report.whyFailed().rules().get(0);
        assertEquals("limit", why.against());
        assertEquals(0.9 - 230 / 300.0, why.shortfall(), 1e-12);
        assertTrue(why.exact());
        assertEquals(List.of("b", "c"), why.classes().stream().map(WhyFailed.Contribution::name).toList());
        assertEquals(0.4 / 3, why.classes().get(0).contribution(), 1e-12);
        assertEquals(0.1 / 3, why.classes().get(1).contribution(), 1e-12);
        // a is above the limit by (1/3)(1 - 0.9): b and c minus a's surplus make the shortfall exactly.
        assertEquals(why.shortfall(), 0.4 / 3 + 0.1 / 3 - 0.1 / 3, 1e-12);
        WhyFailed.Contribution east = why.slices().get(0);
        assertEquals("region = east", east.name());
        assertEquals(150, east.rows());
        assertTrue(why.sentence().contains("most of it comes from class 'b' (recall 0.50, 100 rows, 100% of it)"),
                why.sentence());
        assertTrue(report.whyFailed().summary().startsWith("The gate failed on 1 rule. MODEL: accuracy is"),
                report.whyFailed().summary());
    }

    @Test
    void aClassRecallIsExplainedByWhereItsRowsWent() throws IOException {
        Report report = evaluate(List.of(new Rule(Element.CLASS, List.of("b"),
                List.of(new Limit("recall", "0.80", null)))));

        WhyFailed.Explanation why = report.whyFailed().rules().get(0);
        assertEquals(List.of("b \u2192 c"), why.classes().stream().map(WhyFailed.Contribution::name).toList());
        assertEquals(50, why.classes().get(0).rows());
        assertTrue(why.sentence().contains("its rows went to 'c' (50 rows, 50% of its rows)"), why.sentence());
    }

    @Test
    void aPassingGateHasNoExplanation() throws IOException {
        Report report = evaluate(List.of(new Rule(Element.MODEL, List.of(),
                List.of(new Limit("accuracy", "0.50", null)))));
        assertNull(report.whyFailed());
    }
}

package org.mlgate.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.baseline.BaselineOptions;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.WhyFailed;

/**
 * The diagnostics against a champion's report.json: importance ranks that moved, and a drop explained by class.
 * The champion's errors depend on 'region', the challenger's on 'plan'; the challenger also breaks class 'b'.
 */
class AgainstTheBaselineTest {
    @TempDir
    Path dir;

    private Path predictions(String name, String weakColumn, double bWrong, long seed) throws IOException {
        return Synthetic.write(dir.resolve(name), "region,plan,actual,predicted", 3000, seed, (random, i) -> {
            String region = random.nextBoolean() ? "east" : "west";
            String plan = random.nextBoolean() ? "basic" : "plus";
            String actual = i % 2 == 0 ? "a" : "b";
            boolean weak = weakColumn.equals("region") ? region.equals("west") : plan.equals("plus");
            double wrong = (weak ? 0.25 : 0.05) + (actual.equals("b") ? bWrong : 0);
            String predicted = random.nextDouble() < wrong ? (actual.equals("a") ? "b" : "a") : actual;
            return new String[] {region, plan, actual, predicted};
        });
    }

    private Report champion() throws IOException {
        Report champion = Evaluation.run(Synthetic.request(SourceRequest.forPredictions(
                predictions("champion.csv", "region", 0, 1)), null, List.of(), d -> d));
        new JsonReportWriter().write(champion, dir.resolve("champion.json"));
        return champion;
    }

    private Report challenger(List<Rule> rules) throws IOException {
        // The same rows (same seed for the cells and labels) with other predictions would need a paired file; the
        // comparison here is of reports, so other rows are allowed.
        return Evaluation.run(Synthetic.request(SourceRequest.forPredictions(
                predictions("challenger.csv", "plan", 0.15, 2)), null, rules, d -> d)
                .withBaseline(new BaselineOptions(dir.resolve("champion.json"), null, true)));
    }

    @Test
    void theImportanceRanksAreComparedWithTheChampions() throws IOException {
        assertEquals("region", champion().importance().features().get(0).column());

        Importance importance = challenger(List.of()).importance();

        Importance.RankChanges changes = importance.baseline();
        assertNotNull(changes);
        assertEquals(dir.resolve("champion.json").toString(), changes.report());
        Importance.RankChange plan = changes.changes().stream().filter(c -> c.column().equals("plan")).findFirst()
                .orElseThrow();
        assertEquals(1, plan.rank());
        assertTrue(plan.baselineRank() > 1 && plan.change() > 0, plan.toString());
    }

    @Test
    void aDropBelowTheChampionIsExplainedByClass() throws IOException {
        champion();
        Limit drop = new Limit("accuracy", null, null);
        drop.setMaximumDrop("0.01");

        Report report = challenger(List.of(new Rule(Element.MODEL, List.of(), List.of(drop))));

        WhyFailed.Explanation why = report.whyFailed().rules().get(0);
        assertEquals("baseline", why.against());
        assertEquals("b", why.classes().get(0).name(), why.toString());
        assertTrue(why.sentence().contains("the drop comes most from class 'b'"), why.sentence());
    }
}

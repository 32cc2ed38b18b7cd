package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HeadlineMetricTest {

    private static Map<String, HeadlineMetric> byName(Report report) {
        return HeadlineMetric.of(report).stream()
                .collect(Collectors.toMap(HeadlineMetric::name, Function.identity()));
    }

    @Test
    void binaryHeadlineShowsThePositiveClassMetrics() {
        List<String> names = HeadlineMetric.of(ReportFixtures.binary()).stream().map(HeadlineMetric::name).toList();

        assertEquals(List.of("accuracy", "balancedAccuracy", "precision", "recall", "f1", "aucRoc",
                "averagePrecision", "logLoss", "brier"), names);
    }

    @Test
    void multiClassHeadlineShowsAverages() {
        List<String> names = HeadlineMetric.of(ReportFixtures.fourClass()).stream().map(HeadlineMetric::name).toList();

        assertTrue(names.contains("macroF1"));
        assertTrue(!names.contains("f1"));
    }

    @Test
    void metricCheckedByAModelRuleIsAlwaysShown() {
        Report r = ReportFixtures.binary();
        Report report = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), r.metrics(),
                r.classes(), r.confusionMatrix(), r.intervals(), r.curves(), r.errors(), r.checks(),
                List.of(new RuleResult("MODEL", null, "mcc", 0.5374, 0.5, null, "pass", "mcc is 0.537")), r.notes(),
                "pass", r.slices());

        assertTrue(byName(report).containsKey("mcc"));
    }

    @Test
    void carriesTheIntervalAndTheNotesThatNameTheMetric() {
        Map<String, HeadlineMetric> headline = byName(ReportFixtures.hostile());

        HeadlineMetric auc = headline.get("aucRoc");
        assertNull(auc.value());
        assertEquals(1, auc.notes().size());
        assertTrue(auc.notes().get(0).startsWith("aucRoc is undefined"));
        assertEquals(0.897, byName(ReportFixtures.binary()).get("accuracy").interval().lower());
    }

    @Test
    void noteNamingALongerMetricIsNotAttachedToAShorterOne() {
        // "averagePrecision is undefined" must not be a note of "precision".
        Report r = ReportFixtures.hostile();
        Map<String, Double> metrics = new java.util.LinkedHashMap<>(r.metrics());
        metrics.put("precision", 0.5);
        Report report = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), metrics,
                r.classes(), r.confusionMatrix(), r.intervals(), r.curves(), r.errors(), r.checks(), r.rules(),
                r.notes(), r.verdict(), r.slices());

        assertEquals(List.of(), byName(report).get("precision").notes());
    }

    @Test
    void aNoteAboutSeveralMetricsIsShownInFullOnTheFirstCardOnly() {
        Report r = ReportFixtures.binary();
        Map<String, Double> metrics = new java.util.LinkedHashMap<>(r.metrics());
        metrics.put("aucRoc", null);
        metrics.put("logLoss", null);
        String note = "The model gives no probabilities: aucRoc and logLoss are undefined.";
        Report report = new Report(r.schemaVersion(), r.task(), r.model(), r.data(), r.positiveLabel(), metrics,
                r.classes(), r.confusionMatrix(), r.intervals(), r.curves(), r.errors(), r.checks(), r.rules(),
                List.of(note), r.verdict(), r.slices());

        assertEquals(List.of(note), byName(report).get("aucRoc").notes());
        assertEquals(List.of("See ROC AUC."), byName(report).get("logLoss").notes());
    }
}

package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTableTest {

    private static SliceTable tableOf(Report report) {
        return SliceTable.of(report, ErrorAnalysisView.of(report.task(), report.errors()));
    }

    @Test
    void configuredSlicesComeGroupedByColumnThenTheDiscoveredOnes() {
        List<SliceTable.Row> rows = tableOf(ReportFixtures.binary()).rows();

        assertEquals(List.of("channel = web", "channel = mobile", "channel = app", "country = NL", "country = BR",
                "country = BR and channel = mobile", "age <= 22"), rows.stream().map(SliceTable.Row::description).toList());
        assertEquals(List.of(true, false, false, true, false, true, false),
                rows.stream().map(SliceTable.Row::groupStart).toList());
        assertEquals("country", rows.get(3).column());
    }

    @Test
    void higherIsBetterMetricIsWorseWhenTheWholeIntervalIsBelowOverall() {
        assertTrue(SliceTable.clearlyWorse("accuracy", 0.74, 0.87, 0.912));
        assertFalse(SliceTable.clearlyWorse("accuracy", 0.86, 0.92, 0.912));
    }

    @Test
    void lowerIsBetterMetricIsWorseWhenTheWholeIntervalIsAboveOverall() {
        assertTrue(SliceTable.clearlyWorse("mae", 160.4, 270.3, 78.25));
        assertFalse(SliceTable.clearlyWorse("mae", 55.1, 67.9, 78.25));
    }

    @Test
    void withoutAnIntervalNothingIsClearlyWorse() {
        assertFalse(SliceTable.clearlyWorse("accuracy", null, null, 0.9));
    }

    @Test
    void discoveredSlicesAreWorseAndCarryTheirQValue() {
        SliceTable.Row discovered = tableOf(ReportFixtures.binary()).rows().get(5);

        assertTrue(discovered.worse());
        assertEquals(4.1e-17, discovered.qValue());
    }

    @Test
    void regressionShowsMaeRmseAndR2() {
        SliceTable table = tableOf(ReportFixtures.regression());

        assertEquals(List.of("mae", "rmse", "r2"), table.metrics());
        assertEquals(78.25, table.overall().cells().get(0).value());
        assertTrue(table.rows().get(1).worse(), "harbour's MAE interval lies above the overall MAE");
        assertEquals(2, table.worse());
    }

    @Test
    void noSlicesMeansNoTable() {
        assertNull(tableOf(ReportFixtures.fourClass()));
    }
}

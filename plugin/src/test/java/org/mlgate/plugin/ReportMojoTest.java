package org.mlgate.plugin;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.ReportWriters;

/** The site report: listed under Project Reports, rendered from the evaluation's report.json. */
class ReportMojoTest {
    @TempDir
    Path dir;

    private ReportMojo mojo(Path evaluation, Path site) throws Exception {
        ReportMojo mojo = new ReportMojo();
        setVariableValueToObject(mojo, "evaluationDirectory", evaluation.toFile());
        mojo.setReportOutputDirectory(site.toFile());
        mojo.setLog(new RecordingLog());
        return mojo;
    }

    @Test
    void isAProjectReportThatLinksToItsOwnPage() throws Exception {
        ReportMojo mojo = mojo(dir, dir);
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());
        assertTrue(mojo.isExternalReport());
        assertEquals("ml-report/index", mojo.getOutputName());
        assertEquals("Model evaluation", mojo.getName(Locale.ROOT));
    }

    @Test
    void withoutAnEvaluationTheSiteHasNoModelReportAndTheLogSaysWhy() throws Exception {
        RecordingLog log = new RecordingLog();
        ReportMojo mojo = mojo(dir.resolve("ml-report"), dir.resolve("site"));
        mojo.setLog(log);
        assertFalse(mojo.canGenerateReport());
        assertTrue(log.lines().get(0).contains("run ml:evaluate first"), log.lines().toString());
    }

    @Test
    void rendersThePageFromTheEvaluationsReportJson() throws Exception {
        Path evaluation = dir.resolve("ml-report");
        SourceRequest iris = SourceRequest.forModel(Path.of("src/test/resources/unit/iris/iris-logistic.tribuo"),
                Path.of("src/test/resources/unit/iris/iris-validation.csv")).withLabelColumn("species");
        ReportWriters.writeAll(Evaluation.run(EvaluationRequest.of(iris, java.util.List.of())), evaluation);
        ReportMojo mojo = mojo(evaluation, dir.resolve("site"));
        assertTrue(mojo.canGenerateReport());

        mojo.executeReport(Locale.ROOT);

        assertTrue(Files.readString(dir.resolve("site/ml-report/index.html")).startsWith("<!DOCTYPE html>"));
        assertEquals(Files.readString(evaluation.resolve("report.json")),
                Files.readString(dir.resolve("site/ml-report/report.json")));
    }
}

package org.mlgate.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.report.HtmlReportWriter;
import org.mlgate.analysis.report.JsonReportWriter;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportReader;

// Like jacoco:report: the evaluation runs in the build (ml:evaluate, at verify); this goal only puts its result into
// the site. (The javadoc below is what `mvn ml:help -Ddetail` shows users.)
/**
 * Puts the model evaluation report into the Maven site: {@code mvn site} lists it under Project Reports as "Model
 * evaluation", rendered from the report.json that {@code ml:evaluate} wrote. Declare it in the POM's
 * {@code <reporting>} section; run {@code mvn verify site} so that the evaluation runs first. Without a report.json
 * the site simply has no model report (and the log says why).
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Where {@code ml:evaluate} wrote its report (its {@code outputDirectory}). */
    @Parameter(property = "ml.outputDirectory", defaultValue = "${project.build.directory}/ml-report")
    private File evaluationDirectory;

    /** Skip the report. */
    @Parameter(property = "ml.skip", defaultValue = "false")
    private boolean skip;

    static final String SITE_FOLDER = "ml-report";

    @Override
    public String getOutputName() {
        return SITE_FOLDER + "/index";
    }

    @Override
    public String getName(Locale locale) {
        return "Model evaluation";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The model's metrics with intervals, error analysis, data checks and quality gate (mlgate).";
    }

    /** The page is written whole, with its own style: the site links to it. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping the model evaluation report (ml.skip).");
            return false;
        }
        if (!Files.isRegularFile(reportJson())) {
            getLog().info("No model evaluation report in the site: " + ConsoleText.escape(reportJson())
                    + " does not exist; run ml:evaluate first (mvn verify site).");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path target = getReportOutputDirectory().toPath().resolve(SITE_FOLDER);
        try {
            Report report = new ReportReader().read(reportJson());
            Files.createDirectories(target);
            new HtmlReportWriter().write(report, target.resolve(HtmlReportWriter.FILE_NAME));
            Files.copy(reportJson(), target.resolve(JsonReportWriter.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (InputException e) {
            throw new MavenReportException(ConsoleText.escape(e.getMessage()), e);
        } catch (IOException e) {
            throw new MavenReportException("Cannot write the model evaluation report into " + target + ": " + e, e);
        }
    }

    private Path reportJson() {
        return evaluationDirectory.toPath().resolve(JsonReportWriter.FILE_NAME);
    }
}

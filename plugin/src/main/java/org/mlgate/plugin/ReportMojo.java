package org.mlgate.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
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
// Implements the reporting API itself instead of extending maven-reporting-impl's AbstractMavenReport: the page is
// external (written whole by HtmlReportWriter), so none of that class's Doxia rendering is used, and its dependencies
// (Doxia's site renderer, Velocity, plexus-archiver: about 30 jars) were on the plugin's class path for every
// ml:evaluate, where Maven's container indexed and loaded their components: about 0.3 s of each build's start.
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {

    /** Where {@code ml:evaluate} wrote its report (its {@code outputDirectory}). */
    @Parameter(property = "ml.outputDirectory", defaultValue = "${project.build.directory}/ml-report")
    private File evaluationDirectory;

    /** Skip the report. */
    @Parameter(property = "ml.skip", defaultValue = "false")
    private boolean skip;

    /** Where a standalone {@code mvn ml:report} writes; {@code mvn site} sets its own folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    private File reportOutputDirectory;

    static final String SITE_FOLDER = "ml-report";

    /** {@code mvn ml:report} alone: the page into the project's site folder, as {@code mvn site} would put it. */
    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (canGenerateReport()) {
                executeReport(Locale.getDefault());
            }
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** {@code mvn site}: the sink is not written to, since the page is external and written whole. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        executeReport(locale);
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

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

    void executeReport(Locale locale) throws MavenReportException {
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

package org.mlgate.analysis.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A writer process that dies like {@code kill -9} halfway through rendering a report: {@code main(outputDirectory)}
 * renders report.json, then halts the JVM (no shutdown hooks, no finally blocks) while writing index.html.
 */
public final class CrashingWrite {
    static final int EXIT_CODE = 137;

    private CrashingWrite() {
    }

    public static void main(String[] args) {
        ReportFileWriter dies = new ReportFileWriter() {
            @Override
            public String fileName() {
                return HtmlReportWriter.FILE_NAME;
            }

            @Override
            public void write(Report report, Path file) {
                Runtime.getRuntime().halt(EXIT_CODE);
            }
        };
        new ReportWriters(List.of(new JsonReportWriter(), dies)).write(ReportFixtures.regression(), Path.of(args[0]));
    }
}

package org.mlgate.analysis.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one file of the report directory from the report tree. */
public interface ReportFileWriter {

    /** The file's name inside the report directory, such as {@code report.json}. */
    String fileName();

    /** Writes the report to {@code file}, replacing it. */
    void write(Report report, Path file) throws IOException;

    /**
     * Loads and prepares what writing will need (classes, templates), so that it can be done on another thread while
     * the evaluation runs; writing works without it. Does nothing by default.
     */
    default void warmUp() {
    }
}

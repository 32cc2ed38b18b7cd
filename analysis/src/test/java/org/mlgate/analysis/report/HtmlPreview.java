package org.mlgate.analysis.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes every fixture's report directory under the given directory ({@code <dir>/<fixture>/index.html}), the
 * sample projects' reports and the {@link Gallery} of real datasets included, to look at the HTML report in a browser
 * or take screenshots of it ({@code report-templates/screenshots.sh} does). Not a test: run it by hand.
 */
public final class HtmlPreview {

    private HtmlPreview() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HtmlPreview <output directory>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Map<String, Report> fixtures = new java.util.LinkedHashMap<>(ReportFixtures.all());
        fixtures.putAll(ReportFixtures.samples());
        fixtures.putAll(Gallery.reports(1000));
        fixtures.putAll(TaskGallery.reports());
        for (Map.Entry<String, Report> fixture : fixtures.entrySet()) {
            Path index = ReportWriters.writeAll(fixture.getValue(), root.resolve(fixture.getKey()));
            System.out.println(index);
        }
    }
}

package org.mlgate.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TEST-mlgate.xml, the gate as JUnit XML, so that CI servers list every rule and check like a test: one
 * {@code <testcase>} per rule result and per check.
 *
 * <ul>
 *   <li>A failed rule or check has a {@code <failure>} with its message.</li>
 *   <li>A check that warns is {@code <skipped message="WARN: ...">}: JUnit XML has no warning, and skipped is the
 *       one outcome between passed and failed that every reader shows apart (Jenkins' JUnit plugin lists it as
 *       skipped with its message and leaves the build green; GitHub test reporters mark it skipped). A passing
 *       case with the message only in {@code <system-out>}, as before, showed as passed. Surefire's
 *       {@code <flakyFailure>} is shown by none of them.</li>
 *   <li>A passing rule keeps its value: properties {@code actual}, {@code minimum}, {@code maximum} and the message in
 *       {@code <system-out>}, so the CI page says by how much it passed.</li>
 * </ul>
 *
 * <p>The suite and the class names carry the project's artifactId ({@code mlgate.churn-model}, classname
 * {@code mlgate.churn-model.rules}), so that the reports of two modules of one build can be told apart. Every text
 * from the data is made XML 1.0-safe (control characters that XML 1.0 forbids even escaped become U+FFFD).
 */
public final class JunitXmlWriter implements ReportFileWriter {

    public static final String FILE_NAME = "TEST-mlgate.xml";

    private static final String SUITE = "mlgate";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        List<TestCase> cases = testCases(report);
        long failures = cases.stream().filter(testCase -> testCase.failure() != null).count();
        long skipped = cases.stream().filter(testCase -> testCase.warning() != null).count();
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", xmlSafe(suiteName(report)));
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(skipped));
            xml.writeAttribute("time", "0");
            for (TestCase testCase : cases) {
                writeTestCase(xml, testCase);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code mlgate.<artifactId>}, or {@code mlgate} for a report of no project; then {@code .<id>} for one of several
     * evaluations of the build ({@code mlgate.churn-model.challenger}).
     */
    static String suiteName(Report report) {
        String artifactId = report.project() == null ? null : report.project().artifactId();
        String suite = artifactId == null || artifactId.isBlank() ? SUITE : SUITE + "." + artifactId;
        String evaluation = report.project() == null ? null : report.project().evaluation();
        return evaluation == null || evaluation.isBlank() ? suite : suite + "." + evaluation;
    }

    private static void writeTestCase(XMLStreamWriter xml, TestCase testCase) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", xmlSafe(testCase.name()));
        xml.writeAttribute("classname", xmlSafe(testCase.className()));
        xml.writeAttribute("time", "0");
        if (!testCase.properties().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("properties");
            for (Map.Entry<String, String> property : testCase.properties().entrySet()) {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", property.getKey());
                xml.writeAttribute("value", xmlSafe(property.getValue()));
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        if (testCase.failure() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlSafe(testCase.failure()));
            xml.writeAttribute("type", xmlSafe(testCase.className()));
            xml.writeCharacters(xmlSafe(testCase.failure()));
            xml.writeEndElement();
        }
        if (testCase.warning() != null) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", xmlSafe(testCase.warning()));
        }
        if (testCase.output() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(testCase.output()));
            xml.writeEndElement();
        }
        if (testCase.failure() != null || testCase.warning() != null || testCase.output() != null
                || !testCase.properties().isEmpty()) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    /**
     * One test case.
     *
     * @param failure    the failure message, or null
     * @param warning    the skipped message of a warning, or null
     * @param output     the system-out, or null
     * @param properties name and value pairs (the value checked and its bounds), in order
     */
    record TestCase(String className, String name, String failure, String warning, String output,
                    Map<String, String> properties) {
    }

    static List<TestCase> testCases(Report report) {
        String prefix = suiteName(report);
        List<TestCase> cases = new ArrayList<>();
        if (report.rules() != null) {
            for (RuleResult rule : report.rules()) {
                String message = rule.message() == null ? ruleName(rule) + (rule.failed() ? " failed" : " held")
                        : rule.message();
                Map<String, String> properties = new LinkedHashMap<>();
                properties.put("actual", rule.actual() == null ? "undefined" : Double.toString(rule.actual()));
                if (rule.minimum() != null) {
                    properties.put("minimum", Double.toString(rule.minimum()));
                }
                if (rule.maximum() != null) {
                    properties.put("maximum", Double.toString(rule.maximum()));
                }
                if (rule.conclusive() != null) {
                    properties.put("conclusive", Boolean.toString(rule.conclusive()));
                }
                if (rule.detectableDifference() != null) {
                    properties.put("detectableDifference", Double.toString(rule.detectableDifference()));
                }
                // An inconclusive limit that warns is shown like a check that warns: skipped, not failed.
                cases.add(new TestCase(prefix + ".rules", ruleName(rule), rule.failed() ? message : null,
                        rule.warned() ? "WARN: " + message : null, rule.failed() || rule.warned() ? null : message,
                        properties));
            }
        }
        if (report.checks() != null) {
            for (CheckResult check : report.checks()) {
                String message = check.message() == null ? String.valueOf(check.id()) : check.message();
                boolean failed = "fail".equals(check.status());
                boolean warns = "warn".equals(check.status());
                cases.add(new TestCase(prefix + ".checks", String.valueOf(check.id()), failed ? message : null,
                        warns ? "WARN: " + message : null, failed || warns ? null : message,
                        Map.of("status", String.valueOf(check.status()))));
            }
        }
        return cases;
    }
    /**
     * Such as {@code MODEL accuracy >= 0.9}, {@code CLASS 'fraud' recall >= 0.8}, or with a fold bound
     * {@code MODEL accuracy (worstFold) >= 0.72} (interval bounds keep the names they had before fold bounds existed).
     */
    static String ruleName(RuleResult rule) {
        StringBuilder name = new StringBuilder(String.valueOf(rule.scope()));
        if (rule.target() != null) {
            name.append(" '").append(rule.target()).append('\'');
        }
        name.append(' ').append(rule.metric());
        if (rule.bound() != null && rule.bound().toLowerCase(java.util.Locale.ROOT).contains("fold")) {
            name.append(" (").append(rule.bound()).append(')');
        }
        if (rule.minimum() != null) {
            name.append(" >= ").append(NumberText.of(rule.minimum()));
        }
        if (rule.maximum() != null) {
            name.append(rule.minimum() != null ? " and" : "").append(" <= ").append(NumberText.of(rule.maximum()));
        }
        return name.toString();
    }

    /**
     * XML 1.0 cannot carry most control characters even escaped; a label read from a CSV may hold one. They are
     * replaced so that the file stays well-formed.
     */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            safe.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return safe.toString();
    }
}

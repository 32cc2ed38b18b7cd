package org.mlgate.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TEST-mlgate.xml, the gate as JUnit XML, so that CI servers list every rule and check like a test: one
 * {@code <testcase>} per rule result (classname {@code mlgate.rules}) and per check ({@code mlgate.checks}), a
 * {@code <failure>} for each failed one; a warning passes but carries its message in {@code <system-out>}.
 */
public final class JunitXmlWriter implements ReportFileWriter {

    public static final String FILE_NAME = "TEST-mlgate.xml";

    private static final String SUITE = "mlgate";
    private static final String RULES = "mlgate.rules";
    private static final String CHECKS = "mlgate.checks";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        List<TestCase> cases = testCases(report);
        long failures = cases.stream().filter(testCase -> testCase.failure() != null).count();
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
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

    private static void writeTestCase(XMLStreamWriter xml, TestCase testCase) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", xmlSafe(testCase.name()));
        xml.writeAttribute("classname", testCase.className());
        xml.writeAttribute("time", "0");
        if (testCase.failure() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlSafe(testCase.failure()));
            xml.writeAttribute("type", testCase.className());
            xml.writeCharacters(xmlSafe(testCase.failure()));
            xml.writeEndElement();
        }
        if (testCase.output() != null) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(testCase.output()));
            xml.writeEndElement();
        }
        if (testCase.failure() != null || testCase.output() != null) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    /** One test case: {@code failure} is the failure message or null, {@code output} the system-out or null. */
    record TestCase(String className, String name, String failure, String output) {
    }

    static List<TestCase> testCases(Report report) {
        List<TestCase> cases = new ArrayList<>();
        if (report.rules() != null) {
            for (RuleResult rule : report.rules()) {
                String message = rule.message() == null ? ruleName(rule) + " failed" : rule.message();
                cases.add(new TestCase(RULES, ruleName(rule), rule.failed() ? message : null, null));
            }
        }
        if (report.checks() != null) {
            for (CheckResult check : report.checks()) {
                String message = check.message() == null ? String.valueOf(check.id()) : check.message();
                cases.add(new TestCase(CHECKS, String.valueOf(check.id()), "fail".equals(check.status()) ? message : null,
                        "warn".equals(check.status()) ? "WARN: " + message : null));
            }
        }
        return cases;
    }

    /** Such as {@code MODEL accuracy >= 0.9} or {@code CLASS 'fraud' recall >= 0.8}. */
    static String ruleName(RuleResult rule) {
        StringBuilder name = new StringBuilder(String.valueOf(rule.scope()));
        if (rule.target() != null) {
            name.append(" '").append(rule.target()).append('\'');
        }
        name.append(' ').append(rule.metric());
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

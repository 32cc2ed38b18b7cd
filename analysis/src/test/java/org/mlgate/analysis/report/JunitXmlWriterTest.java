package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** TEST-mlgate.xml as a CI server reads it: through Maven Surefire's own JUnit-XML parser. */
class JunitXmlWriterTest {

    @TempDir
    Path dir;

    /** Surefire groups test cases by classname: one suite for the rules, one for the checks. */
    private Map<String, ReportTestSuite> parse(Report report) throws Exception {
        Path file = dir.resolve(JunitXmlWriter.FILE_NAME);
        new JunitXmlWriter().write(report, file);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());
        assertTrue(parser.isValid(), "surefire-report-parser accepts the file");
        return suites.stream().collect(Collectors.toMap(ReportTestSuite::getFullClassName, Function.identity()));
    }

    private static Map<String, ReportTestCase> byName(Map<String, ReportTestSuite> suites) {
        return suites.values().stream().flatMap(suite -> suite.getTestCases().stream())
                .collect(Collectors.toMap(ReportTestCase::getName, Function.identity()));
    }

    @Test
    void countsOneTestPerRuleAndCheckAndTheFailedOnes() throws Exception {
        Map<String, ReportTestSuite> suites = parse(ReportFixtures.binary());

        assertEquals(3, suites.get("mlgate.rules").getNumberOfTests());
        assertEquals(1, suites.get("mlgate.rules").getNumberOfFailures());
        assertEquals(3, suites.get("mlgate.checks").getNumberOfTests());
        assertEquals(1, suites.get("mlgate.checks").getNumberOfFailures());
    }

    @Test
    void suiteElementCarriesTheTotals() throws Exception {
        parse(ReportFixtures.binary());

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(JunitXmlWriter.FILE_NAME).toFile()).getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("mlgate", suite.getAttribute("name"));
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
    }

    @Test
    void failedRuleCarriesTheViolationMessage() throws Exception {
        ReportTestCase recall = byName(parse(ReportFixtures.binary())).get("CLASS 'fraud' recall >= 0.8");

        assertEquals("mlgate.rules", recall.getFullClassName());
        assertTrue(recall.hasFailure());
        assertEquals("Rule violated for CLASS 'fraud': recall is 0.55, but expected minimum is 0.80",
                recall.getFailureMessage());
    }

    @Test
    void passedRuleIsASuccessfulTest() throws Exception {
        ReportTestCase accuracy = byName(parse(ReportFixtures.binary())).get("MODEL accuracy >= 0.9");

        assertTrue(accuracy.isSuccessful());
    }

    @Test
    void ruleWithAMaximumIsNamedWithIt() throws Exception {
        assertTrue(byName(parse(ReportFixtures.regression())).containsKey("MODEL rmse <= 150"));
    }

    @Test
    void failedCheckIsAFailureNamedByItsId() throws Exception {
        ReportTestCase duplicates = byName(parse(ReportFixtures.binary())).get("data.duplicate-rows");

        assertEquals("mlgate.checks", duplicates.getFullClassName());
        assertTrue(duplicates.hasFailure());
        assertTrue(duplicates.getFailureMessage().startsWith("312 validation rows"));
    }

    @Test
    void warningCheckPassesWithItsMessageInSystemOut() throws Exception {
        ReportTestCase imbalance = byName(parse(ReportFixtures.binary())).get("imbalance.class-ratio");
        assertTrue(imbalance.isSuccessful());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(JunitXmlWriter.FILE_NAME).toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        String out = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").equals("imbalance.class-ratio")) {
                out = testCase.getElementsByTagName("system-out").item(0).getTextContent();
            }
        }
        assertEquals("WARN: Class 'fraud' is 11.2% of the rows; accuracy alone says little here.", out);
    }

    @Test
    void hostileStringsStayWellFormed() throws Exception {
        Map<String, ReportTestCase> cases = byName(parse(ReportFixtures.hostile()));

        ReportTestCase rule = cases.get("CLASS '" + ReportFixtures.SCRIPT + "' recall >= 0.8");
        assertTrue(rule.hasFailure());
        assertTrue(rule.getFailureMessage().contains(ReportFixtures.SCRIPT));
        assertTrue(cases.get("data.<b>column</b>").isSuccessful());
    }

    @Test
    void reportWithoutRulesOrChecksIsAnEmptySuite() throws Exception {
        Report r = ReportFixtures.regression();
        Map<String, ReportTestSuite> suites = parse(new Report(r.schemaVersion(), r.task(), r.model(), r.data(), null,
                r.metrics(), r.classes(), null, r.intervals(), r.curves(), r.errors(), null, List.of(), r.notes(),
                "pass", r.slices()));

        assertTrue(byName(suites).isEmpty());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(JunitXmlWriter.FILE_NAME).toFile()).getDocumentElement();
        assertEquals("0", suite.getAttribute("tests"));
    }
}

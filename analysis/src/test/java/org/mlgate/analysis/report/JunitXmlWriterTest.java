package org.mlgate.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void warningCheckIsSkippedWithItsMessageSoCiServersShowItApart() throws Exception {
        ReportTestCase imbalance = byName(parse(ReportFixtures.binary())).get("imbalance.class-ratio");
        assertTrue(imbalance.hasSkipped());
        assertFalse(imbalance.hasFailure());
        assertEquals("WARN: Class 'fraud' is 11.2% of the rows; accuracy alone says little here.",
                imbalance.getFailureMessage());
        Element suite = suiteElement(ReportFixtures.binary());
        assertEquals("1", suite.getAttribute("skipped"));
    }

    @Test
    void passingRuleCarriesItsActualValueAndBounds() throws Exception {
        Element suite = suiteElement(ReportFixtures.binary());
        NodeList cases = suite.getElementsByTagName("testcase");
        Element passing = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("classname").endsWith(".rules")
                    && testCase.getElementsByTagName("failure").getLength() == 0) {
                passing = testCase;
                break;
            }
        }
        assertTrue(passing != null);
        NodeList properties = passing.getElementsByTagName("property");
        assertEquals("actual", ((Element) properties.item(0)).getAttribute("name"));
        assertFalse(((Element) properties.item(0)).getAttribute("value").isEmpty());
        String out = passing.getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals(((Element) properties.item(0)).getAttribute("value").isEmpty() ? "" : out,
                passing.getElementsByTagName("system-out").item(0).getTextContent());
        assertTrue(out.contains("accuracy is 0.912"), out);
    }

    @Test
    void suiteAndClassNamesCarryTheProjectsArtifactId() throws Exception {
        Report report = ReportFixtures.binary().withProject(new ProjectInfo("org.example", "churn-model", "1.0",
                "Churn model"));
        assertEquals("mlgate.churn-model", suiteElement(report).getAttribute("name"));
        Map<String, ReportTestSuite> suites = parse(report);
        assertTrue(suites.containsKey("mlgate.churn-model.rules"), suites.keySet().toString());
        assertTrue(suites.containsKey("mlgate.churn-model.checks"), suites.keySet().toString());
    }

    @Test
    void controlCharactersThatXmlForbidsAreReplaced() throws Exception {
        Report hostile = ReportFixtures.hostile();
        Report withControl = new Report(hostile.schemaVersion(), hostile.task(), hostile.model(), hostile.data(),
                hostile.positiveLabel(), hostile.metrics(), hostile.classes(), hostile.confusionMatrix(),
                hostile.intervals(), hostile.curves(), hostile.errors(),
                List.of(new CheckResult("data.x", "fail", "label 'a\u0000b\u001Bc\u0008'", null)), hostile.rules(),
                hostile.notes(), hostile.verdict(), hostile.slices());
        ReportTestCase check = byName(parse(withControl)).get("data.x");
        assertEquals("label 'a\uFFFDb\uFFFDc\uFFFD'", check.getFailureMessage());
    }

    private Element suiteElement(Report report) throws Exception {
        parse(report);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve(JunitXmlWriter.FILE_NAME).toFile()).getDocumentElement();
    }

    @Test
    void hostileStringsStayWellFormed() throws Exception {
        Map<String, ReportTestCase> cases = byName(parse(ReportFixtures.hostile()));

        ReportTestCase rule = cases.get("CLASS '" + ReportFixtures.SCRIPT + "' recall >= 0.8");
        assertTrue(rule.hasFailure());
        assertTrue(rule.getFailureMessage().contains(ReportFixtures.SCRIPT));
        assertTrue(cases.get("data.<b>column</b>").hasSkipped());
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

package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;
import org.mlgate.analysis.report.Report;
import org.mlgate.analysis.report.ReportWriters;

/**
 * Predictions files of the multi-label, clustering and anomaly-detection tasks that are not what they say (run in a
 * 512 MB heap, see the analysis pom): label sets of thousands of labels and cluster ids that are row ids stop within
 * seconds with one sentence naming the line and what to do, bounded by {@code maxClasses}; huge cluster ids are ids,
 * not numbers; control characters and markup in label names reach no report unescaped.
 */
class HostileTaskInputsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Report evaluate(Path file, Task task, List<Rule> rules) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Evaluation.run(
                EvaluationRequest.of(SourceRequest.forPredictions(file).withTask(task), rules)));
    }

    @Test
    void aLabelSetOfThousandsOfLabelsStopsAtItsLineWithWhatToDo() throws IOException {
        StringJoiner labels = new StringJoiner("|");
        for (int i = 0; i < 5000; i++) {
            labels.add("tag" + i);
        }
        Path file = write("tags.csv", "actual,predicted\na|b,a\nb,b\n" + labels + ",a\n");
        InputException e = assertThrows(InputException.class, () -> evaluate(file, Task.MULTILABEL, List.of()));
        assertTrue(e.getMessage().startsWith("The label sets name more than 1000 distinct labels by line 4 of the"
                + " data file"), e.getMessage());
        assertTrue(e.getMessage().contains("raise maxClasses (ml.maxClasses)"), e.getMessage());
    }

    @Test
    void clusterIdsThatAreRowIdsStopAtTheFirstLinePastTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("actual,predicted\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i % 3).append(",98765432109876543210987654321").append(i).append('\n');
        }
        InputException e = assertThrows(InputException.class,
                () -> evaluate(write("ids.csv", csv.toString()), Task.CLUSTERING, List.of()));
        assertTrue(e.getMessage().startsWith("The cluster ids take more than 1000 distinct values by line 1002 of"
                + " the data file, so the predicted column looks like an id"), e.getMessage());
    }

    @Test
    void hugeClusterIdsAreIdsAndSortAsNumbers() throws IOException {
        StringBuilder csv = new StringBuilder("actual,predicted\n");
        String[] ids = {"123456789012345678901234567890", "1e309", "-7", "00"};
        for (int i = 0; i < 40; i++) {
            csv.append(i % 4 == 0 ? "a" : "b").append(',').append(ids[i % 4]).append('\n');
        }
        Report report = evaluate(write("big.csv", csv.toString()), Task.CLUSTERING, List.of());
        assertEquals(List.of("-7", "00", "123456789012345678901234567890", "1e309"),
                report.taskDetails().contingencyTable().clusters());
        assertEquals(1.0, report.metrics().get("homogeneity"), 1e-12, "every cluster holds one label");
    }

    @Test
    void controlCharactersAndMarkupInLabelsReachNoReportUnescaped() throws Exception {
        String escape = "red\u001B[31m";
        String markup = "<script>alert(1)</script>";
        String command = "::error::x";
        StringBuilder csv = new StringBuilder("actual,predicted\n");
        for (int i = 0; i < 30; i++) {
            String actual = i % 2 == 0 ? escape + "|" + command : markup;
            String predicted = i % 3 == 0 ? markup : escape;
            csv.append('"').append(actual.replace("\"", "\"\"")).append("\",\"").append(predicted).append("\"\n");
        }
        Report report = evaluate(write("labels.csv", csv.toString()), Task.MULTILABEL,
                List.of(new Rule(Element.CLASS, List.of(), List.of(new Limit("recall", "0.9", null)))));
        assertTrue(report.classes().containsKey(escape));
        Path folder = dir.resolve("report");
        ReportWriters.writeAll(report, folder);
        String html = Files.readString(folder.resolve("index.html"));
        assertFalse(html.contains("<script>"), "markup escaped in the page");
        String summary = Files.readString(folder.resolve("summary.md"));
        assertFalse(summary.contains("\u001B") || summary.contains("<script>"), summary);
        // TEST-mlgate.xml stays well-formed XML 1.0: a parser reads it.
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("TEST-mlgate.xml").toFile());
    }

    @Test
    void anAnomalyFileWithOtherKindsNamesTheLineAndTheKinds() throws IOException {
        Path file = write("events.csv", "actual,predicted,p_ANOMALOUS\nEXPECTED,EXPECTED,0.1\n-1,EXPECTED,0.2\n");
        InputException e = assertThrows(InputException.class, () -> evaluate(file, Task.ANOMALY, List.of()));
        assertTrue(e.getMessage().startsWith("Line 3 of " + file + " has an actual column 'actual' that holds '-1';"
                + " an anomaly-detection file holds ANOMALOUS or EXPECTED there"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or set onBadRow to skip to leave such rows out."), e.getMessage());
    }

    @Test
    void aNonNumericScoreNamesTheLineAndTheColumn() throws IOException {
        Path file = write("scores.csv", "actual,predicted,p_a,p_b\na,a,0.9,0.1\nb,a,high,0.3\n");
        InputException e = assertThrows(InputException.class, () -> evaluate(file, Task.MULTILABEL, List.of()));
        assertTrue(e.getMessage().startsWith("Line 3 of " + file + " has 'high' in the score column 'p_a', which"
                + " needs a number."), e.getMessage());
    }

    @Test
    void aScoreColumnWhoseLabelHoldsTheSeparatorIsRefusedBeforeAnyRow() throws IOException {
        Path file = write("pipe.csv", "actual,predicted,p_a|b\na,a,0.9\n");
        InputException e = assertThrows(InputException.class, () -> evaluate(file, Task.MULTILABEL, List.of()));
        assertTrue(e.getMessage().contains("has a score column 'p_a|b' whose label cannot appear in a label set"),
                e.getMessage());
    }
}

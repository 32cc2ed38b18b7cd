package org.mlgate.analysis.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Reports of the multi-label, clustering and anomaly-detection tasks, evaluated from the golden fixtures in
 * {@code /tasks}, with a few rules each: for the HTML tests and for looking at the pages ({@link HtmlPreview}).
 */
final class TaskGallery {
    private TaskGallery() {
    }

    static Map<String, Report> reports() {
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("multilabel", evaluate("multilabel", Task.MULTILABEL, List.of(
                new Rule(Element.MODEL, List.of(), List.of(new Limit("microF1", "0.6", null),
                        new Limit("hammingLoss", null, "0.2"))),
                new Rule(Element.CLASS, List.of(), List.of(new Limit("recall", "0.5", null))))));
        reports.put("clustering", evaluate("clustering", Task.CLUSTERING, List.of(
                new Rule(Element.MODEL, List.of(), List.of(new Limit("adjustedRandIndex", "0.4", null),
                        new Limit("vMeasure", "0.35", null))))));
        reports.put("anomaly", evaluate("anomaly", Task.ANOMALY, List.of(
                new Rule(Element.MODEL, List.of(), List.of(new Limit("aucRoc", "0.85", null),
                        new Limit("precisionAtK", "0.5", null))),
                new Rule(Element.CLASS, List.of("ANOMALOUS"), List.of(new Limit("recall", "0.6", null))))));
        return reports;
    }

    private static Report evaluate(String fixture, Task task, List<Rule> rules) {
        Path path;
        try {
            path = Path.of(TaskGallery.class.getResource("/tasks/" + fixture + ".csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Evaluation.run(EvaluationRequest.of(SourceRequest.forPredictions(path).withTask(task), rules))
                .withProject(new ProjectInfo("org.example", fixture + "-model", "1.0", null));
    }
}

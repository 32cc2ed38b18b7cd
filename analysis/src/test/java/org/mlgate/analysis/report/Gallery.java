package org.mlgate.analysis.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.Evaluation;
import org.mlgate.analysis.EvaluationRequest;
import org.mlgate.analysis.gate.Element;
import org.mlgate.analysis.gate.Limit;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Real reports of the three kinds a reader meets, evaluated from the calibration datasets' out-of-fold predictions:
 * a 57-feature spam filter (binary), a 26-class letter recogniser and a diamonds price regression, each with slice
 * columns and a few rules. For the chart tests and for looking at the pages ({@link HtmlPreview}).
 */
final class Gallery {
    private Gallery() {
    }

    static Map<String, Report> reports(int bootstrapReplicates) {
        Map<String, Report> reports = new LinkedHashMap<>();
        reports.put("spam", evaluate("spam.csv.gz", bootstrapReplicates, List.of("charDollar", "capitalAve"),
                List.of(new Rule(Element.MODEL, List.of(), List.of(new Limit("accuracy", "0.9", null),
                                new Limit("aucRoc", "95%", null))),
                        new Rule(Element.CLASS, List.of("spam"), List.of(new Limit("recall", "0.9", null))))));
        reports.put("letter", evaluate("letter.csv.gz", bootstrapReplicates, List.of("onpix"),
                List.of(new Rule(Element.MODEL, List.of(), List.of(new Limit("accuracy", "0.95", null),
                                new Limit("macroF1", "0.95", null))),
                        new Rule(Element.CLASS, List.of(), List.of(new Limit("recall", "0.9", null))))));
        reports.put("diamonds", evaluate("diamonds.csv.gz", bootstrapReplicates, List.of("cut", "color"),
                List.of(new Rule(Element.MODEL, List.of(), List.of(new Limit("mae", null, "400"),
                        new Limit("r2", "0.95", null))))));
        return reports;
    }

    private static Report evaluate(String file, int replicates, List<String> sliceColumns, List<Rule> rules) {
        Path path;
        try {
            path = Path.of(Gallery.class.getResource("/calibration/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        EvaluationRequest defaults = EvaluationRequest.of(SourceRequest.forPredictions(path), rules);
        return Evaluation.run(new EvaluationRequest(defaults.source(),
                defaults.metricOptions().withBootstrapReplicates(replicates), defaults.errors(), defaults.checks(),
                null, rules).withSliceColumns(sliceColumns))
                .withProject(new ProjectInfo("org.example", file.replace(".csv.gz", "-model"), "1.0", null));
    }
}

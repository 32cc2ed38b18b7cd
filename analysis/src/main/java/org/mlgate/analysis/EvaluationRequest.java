package org.mlgate.analysis;

import java.util.List;
import org.mlgate.analysis.gate.Rule;
import org.mlgate.analysis.metrics.MetricOptions;
import org.mlgate.analysis.model.SourceRequest;

/**
 * Everything one evaluation needs: where the predictions come from, how to compute metrics and which rules to
 * apply. Built by the Maven plugin from the POM, or by any other caller.
 */
public record EvaluationRequest(SourceRequest source, MetricOptions metricOptions, List<Rule> rules) {
    public EvaluationRequest {
        rules = List.copyOf(rules);
    }
}

package org.mlgate.analysis.metrics;

import static org.mlgate.analysis.metrics.GoldenAssertions.assertClose;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** regression_outliers.csv against scikit-learn 1.2.1. */
class GoldenRegressionTest {
    @Test
    void everyRegressionMetricMatchesSklearn() {
        GoldenFile file = GoldenFile.load("regression_outliers");
        JsonNode e = file.expected;
        MetricResult r = file.regression().result(MetricOptions.defaults().withBootstrapReplicates(0));
        Map<String, String> names = Map.of("mse", "mse", "rmse", "rmse", "mae", "mae", "r2", "r2",
                "median_ae", "medianAbsoluteError", "max_error", "maxError", "mape", "mape",
                "explained_variance", "explainedVariance");
        names.forEach((sklearn, ours) -> assertClose(e.get(sklearn).asDouble(), r.metrics().get(ours), ours));
    }
}

package org.mlgate.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A golden prediction file from the test resources: its rows (read with Jackson CSV) and scikit-learn's values. */
final class GoldenFile {
    final List<Map<String, String>> rows;
    final JsonNode expected;

    private GoldenFile(List<Map<String, String>> rows, JsonNode expected) {
        this.rows = rows;
        this.expected = expected;
    }

    static GoldenFile load(String name) {
        return new GoldenFile(readCsv("/golden/" + name + ".csv"),
                readJson("/golden/" + name + ".json"));
    }

    static List<Map<String, String>> readCsv(String resource) {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            List<Map<String, String>> rows = new ArrayList<>();
            it.forEachRemaining(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(String resource) {
        try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
            // The edge cases record scikit-learn's non-finite values as bare NaN / Infinity tokens.
            return JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class labels of the probability columns {@code p_<label>}, in file order. */
    List<String> probabilityLabels() {
        List<String> labels = new ArrayList<>();
        expected.get("probability_columns").forEach(c -> labels.add(c.asText().substring(2)));
        return labels;
    }

    /** Adds rows [from, to) whose position satisfies the filter into a classification accumulator. */
    ClassificationAccumulator classification(java.util.function.LongPredicate include) {
        List<String> labels = probabilityLabels();
        ClassificationAccumulator acc = new ClassificationAccumulator(labels);
        for (int i = 0; i < rows.size(); i++) {
            if (!include.test(i)) {
                continue;
            }
            Map<String, String> row = rows.get(i);
            double[] p = new double[labels.size()];
            for (int c = 0; c < p.length; c++) {
                p[c] = Double.parseDouble(row.get("p_" + labels.get(c)));
            }
            acc.add(i, row.get("actual"), row.get("predicted"), p);
        }
        return acc;
    }

    ClassificationAccumulator classification() {
        return classification(i -> true);
    }

    RegressionAccumulator regression(java.util.function.LongPredicate include) {
        RegressionAccumulator acc = new RegressionAccumulator();
        for (int i = 0; i < rows.size(); i++) {
            if (include.test(i)) {
                Map<String, String> row = rows.get(i);
                acc.add(i, Double.parseDouble(row.get("actual")), Double.parseDouble(row.get("predicted")));
            }
        }
        return acc;
    }

    RegressionAccumulator regression() {
        return regression(i -> true);
    }
}

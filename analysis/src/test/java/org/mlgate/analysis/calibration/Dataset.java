package org.mlgate.analysis.calibration;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.mlgate.analysis.Task;

/**
 * One calibration dataset as committed in {@code src/test/resources/calibration/} (see the README there): the
 * original feature columns, the true value and out-of-fold predictions of a real model for every row.
 *
 * @param features the feature columns, in file order
 * @param labels   classification: the labels of the {@code p_<label>} columns, in file order; empty for regression
 */
record Dataset(String name, Task task, List<String> features, List<String> labels, List<Row> rows) {

    /** The ten datasets, in the order of the tables. */
    static final List<String> NAMES = List.of("iris", "wine", "breast_cancer", "diabetes", "digits", "spam",
            "ticdata", "letter", "cps1988", "diamonds");

    static final String ACTUAL = "actual";
    static final String PREDICTED = "predicted";
    static final String PROBABILITY_PREFIX = "p_";

    /**
     * One row: feature cells as text (exactly as in the file), the true value, the predicted value and, for
     * classification, the probability cells in the order of {@link #labels}.
     */
    record Row(String[] cells, String actual, String predicted, String[] probabilities) {
        Row withCells(String[] newCells) {
            return new Row(newCells, actual, predicted, probabilities);
        }

        Row withOutcome(String newActual, String newPredicted, String[] newProbabilities) {
            return new Row(cells, newActual, newPredicted, newProbabilities);
        }

        boolean wrong() {
            return !actual.equals(predicted);
        }
    }

    boolean classification() {
        return task == Task.CLASSIFICATION;
    }

    static Dataset load(String name) {
        String resource = "/calibration/" + name + ".csv.gz";
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (InputStream raw = Dataset.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            try (MappingIterator<String[]> lines = mapper.readerFor(String[].class)
                    .readValues(new GZIPInputStream(raw, 1 << 16))) {
                List<String> header = Arrays.asList(lines.next());
                int actual = header.indexOf(ACTUAL);
                int predicted = header.indexOf(PREDICTED);
                List<String> features = new ArrayList<>();
                List<Integer> featureIndex = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                List<Integer> probabilityIndex = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String column = header.get(i);
                    if (column.startsWith(PROBABILITY_PREFIX)) {
                        labels.add(column.substring(PROBABILITY_PREFIX.length()));
                        probabilityIndex.add(i);
                    } else if (i != actual && i != predicted) {
                        features.add(column);
                        featureIndex.add(i);
                    }
                }
                // Many cells repeat ("0", "Ideal"): share one String per distinct text to keep the heap small.
                Map<String, String> shared = new HashMap<>();
                List<Row> rows = new ArrayList<>();
                while (lines.hasNext()) {
                    String[] line = lines.next();
                    if (line.length != header.size()) {
                        throw new IllegalStateException(resource + ": a row has " + line.length + " cells for "
                                + header.size() + " columns");
                    }
                    String[] cells = new String[featureIndex.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = shared.computeIfAbsent(line[featureIndex.get(i)], s -> s);
                    }
                    String[] probabilities = new String[probabilityIndex.size()];
                    for (int i = 0; i < probabilities.length; i++) {
                        probabilities[i] = shared.computeIfAbsent(line[probabilityIndex.get(i)], s -> s);
                    }
                    rows.add(new Row(cells, shared.computeIfAbsent(line[actual], s -> s),
                            shared.computeIfAbsent(line[predicted], s -> s), probabilities));
                }
                Task task = labels.isEmpty() ? Task.REGRESSION : Task.CLASSIFICATION;
                return new Dataset(name, task, List.copyOf(features), List.copyOf(labels), List.copyOf(rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mlgate.analysis.checks;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.CategoricalInfo;
import org.tribuo.Model;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.LabelInfo;
import org.tribuo.evaluation.TrainTestSplitter;
import org.tribuo.transform.TransformedModel;
import org.mlgate.analysis.model.ModelInfo;

/**
 * What the model remembers of its training data: the class counts, the feature names and numeric ranges, and
 * the training file with its SHA-256 and split, all read from the model itself (output info, feature map and
 * provenance). {@link #none()} for a predictions file.
 *
 * @param labelCounts        training count per class, in the model's order; empty for regression or unknown
 * @param featureNames       the model's feature names ({@code col}, {@code col@value}, {@code col@category})
 * @param numericRanges      min and max per numeric feature name
 * @param trainingDataPath   the training file recorded in the provenance, or null
 * @param trainingDataSha256 its SHA-256 at training time (hex), or null
 * @param split              the train/test split of that file, when the provenance records one, or null
 */
public record TrainingFacts(Map<String, Long> labelCounts, List<String> featureNames,
                            Map<String, NumericRange> numericRanges, String trainingDataPath,
                            String trainingDataSha256, TrainingSplit split) {

    public TrainingFacts {
        labelCounts = Collections.unmodifiableMap(new LinkedHashMap<>(labelCounts));
        featureNames = List.copyOf(featureNames);
        numericRanges = Collections.unmodifiableMap(new LinkedHashMap<>(numericRanges));
    }

    /** Nothing is known of the training data (a predictions file). */
    public static TrainingFacts none() {
        return new TrainingFacts(Map.of(), List.of(), Map.of(), null, null, null);
    }

    /** True when there is a model to compare with (features known). */
    public boolean known() {
        return !featureNames.isEmpty();
    }

    /**
     * Reads the facts from a loaded Tribuo model. The training file and hash come from {@code info} where the
     * model loader found them, else from the provenance.
     */
    public static TrainingFacts fromModel(Model<?> model, ModelInfo info) {
        Map<String, Long> labels = new LinkedHashMap<>();
        Object outputInfo = model.getOutputIDInfo();
        if (outputInfo instanceof LabelInfo labelInfo) {
            for (Pair<String, Long> pair : labelInfo.outputCountsIterable()) {
                labels.put(pair.getA(), pair.getB());
            }
        }
        int examples = model.getProvenance().getDatasetProvenance().getNumExamples();
        List<String> features = new ArrayList<>();
        Map<String, NumericRange> ranges = new LinkedHashMap<>();
        // A TransformedModel (TransformTrainer: scaling, binning) keeps the feature statistics of the transformed
        // data, so its ranges are not those of the columns it reads: no ranges, rather than every value "outside".
        boolean transformed = model instanceof TransformedModel;
        for (VariableInfo feature : model.getFeatureIDMap()) {
            features.add(feature.getName());
            if (!transformed) {
                rangeOf(feature, examples).ifPresent(range -> ranges.put(feature.getName(), range));
            }
        }
        DataSourceFacts source = DataSourceFacts.of(model.getProvenance().getDatasetProvenance().getSourceProvenance());
        String path = info != null && info.trainingDataPath() != null ? info.trainingDataPath() : source.path();
        String sha = info != null && info.trainingDataSha256() != null ? info.trainingDataSha256() : source.sha256();
        return new TrainingFacts(labels, features, ranges, path, sha, source.split());
    }

    // Tribuo stores features sparsely: a feature seen in fewer examples than the dataset had was 0 in the others.
    private static Optional<NumericRange> rangeOf(VariableInfo feature, int examples) {
        double min;
        double max;
        if (feature instanceof RealInfo real) {
            min = real.getMin();
            max = real.getMax();
        } else if (feature instanceof CategoricalInfo categorical && categorical.getValues().length > 0) {
            min = Double.POSITIVE_INFINITY;
            max = Double.NEGATIVE_INFINITY;
            // getValues() may carry unused slots (zeros) past the observed values: keep only values seen.
            for (double value : categorical.getValues()) {
                if (categorical.getObservationCount(value) == 0) {
                    continue;
                }
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        } else {
            return Optional.empty();
        }
        if (feature.getCount() < examples) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        return Optional.of(new NumericRange(min, max, examples));
    }

    /** The training file, hash and split found in a data source provenance tree. */
    private record DataSourceFacts(String path, String sha256, TrainingSplit split) {

        static DataSourceFacts of(Provenance provenance) {
            TrainingSplit split = null;
            Provenance source = provenance;
            if (provenance instanceof TrainTestSplitter.SplitDataSourceProvenance splitProvenance) {
                Map<String, Provenance> fields = fields(splitProvenance);
                split = new TrainingSplit(number(fields.get("seed")).longValue(),
                        number(fields.get("train-proportion")).doubleValue(),
                        number(fields.get("size")).intValue(),
                        Boolean.TRUE.equals(value(fields.get("is-train"))));
                source = fields.get("source");
            }
            Map<String, Provenance> file = findFile(source);
            if (file == null) {
                return new DataSourceFacts(null, null, split);
            }
            Object location = value(file.getOrDefault("path", file.get("dataPath")));
            Object hash = value(file.get("resource-hash"));
            return new DataSourceFacts(location == null ? null : toPath(location.toString()),
                    hash == null ? null : hash.toString(), split);
        }

        // The provenance object that records a resource hash: CSVLoader's or CSVDataSource's, however nested.
        private static Map<String, Provenance> findFile(Provenance provenance) {
            if (provenance instanceof ObjectProvenance object) {
                Map<String, Provenance> fields = fields(object);
                if (fields.containsKey("resource-hash")) {
                    return fields;
                }
                for (Provenance child : fields.values()) {
                    Map<String, Provenance> found = findFile(child);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static Map<String, Provenance> fields(ObjectProvenance object) {
            Map<String, Provenance> fields = new LinkedHashMap<>();
            for (Pair<String, Provenance> pair : object) {
                fields.put(pair.getA(), pair.getB());
            }
            return fields;
        }

        private static Object value(Provenance provenance) {
            return provenance instanceof PrimitiveProvenance<?> primitive ? primitive.getValue() : null;
        }

        private static Number number(Provenance provenance) {
            Object value = value(provenance);
            return value instanceof Number n ? n : Double.valueOf(String.valueOf(value));
        }

        private static String toPath(String location) {
            try {
                return location.startsWith("file:") ? Path.of(URI.create(location)).toString() : location;
            } catch (IllegalArgumentException e) {
                return location;
            }
        }
    }
}

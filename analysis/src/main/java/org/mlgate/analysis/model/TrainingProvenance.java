package org.mlgate.analysis.model;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.primitives.HashProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Locale;
import org.tribuo.provenance.DatasetProvenance;
import org.tribuo.provenance.ModelProvenance;

/**
 * What a model's provenance says about its training data: the file a CSV (or other file) data source read, that
 * file's SHA-256 as Tribuo recorded it, and whether a {@code TrainTestSplitter} split it (then a validation file with
 * the same hash is a legitimate split, not leakage).
 *
 * @param dataPath  the recorded training file, or null
 * @param sha256    its SHA-256 in lower-case hex, or null when none (or another hash type) was recorded
 * @param bySplit   true when a TrainTestSplitter sits between the file and the training set
 */
record TrainingProvenance(String dataPath, String sha256, boolean bySplit) {

    private static final String SPLITTER = "org.tribuo.evaluation.TrainTestSplitter";

    static TrainingProvenance of(ModelProvenance provenance) {
        DatasetProvenance dataset = provenance == null ? null : provenance.getDatasetProvenance();
        if (dataset == null || dataset.getSourceProvenance() == null) {
            return new TrainingProvenance(null, null, false);
        }
        Finder finder = new Finder();
        finder.visit(dataset.getSourceProvenance());
        return new TrainingProvenance(finder.path, finder.sha256, finder.split);
    }

    /** A depth-first walk of the data source provenance; the first (outermost) path and hash win. */
    private static final class Finder {
        String path;
        String sha256;
        boolean split;

        void visit(Provenance node) {
            if (node instanceof ObjectProvenance object) {
                if (SPLITTER.equals(object.getClassName())) {
                    split = true;
                }
                for (Pair<String, Provenance> entry : object) {
                    visitEntry(entry.getA(), entry.getB());
                }
            } else if (node instanceof Iterable<?> children) {
                for (Object child : children) {
                    if (child instanceof Provenance p) {
                        visit(p);
                    }
                }
            }
        }

        private void visitEntry(String key, Provenance value) {
            if (value instanceof HashProvenance hash) {
                if (sha256 == null && hash.getType() == ProvenanceUtil.HashType.SHA256) {
                    sha256 = hash.getValue().toLowerCase(Locale.ROOT);
                }
            } else if (value instanceof PrimitiveProvenance<?> primitive) {
                if (path == null && "dataPath".equals(key) && primitive.getValue() != null) {
                    path = primitive.getValue().toString();
                }
            } else {
                visit(value);
            }
        }
    }
}

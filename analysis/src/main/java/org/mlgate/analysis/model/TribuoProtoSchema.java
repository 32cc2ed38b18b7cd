package org.mlgate.analysis.model;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The protobuf message types of the Tribuo modules on the classpath, by full name, so that a model file can be read
 * message by message, {@code google.protobuf.Any} contents included, without resolving anything the file names.
 *
 * <p>Each Tribuo module generates one holder class per {@code .proto} file; the holders are listed here by name (a
 * constant list, never a name from a file) and the ones whose module is absent are skipped. An {@code Any} whose type
 * is not among these cannot be checked, and is refused; Tribuo could not read it either.
 */
final class TribuoProtoSchema {

    private static final List<String> PROTO_FILE_HOLDERS = List.of(
            "org.tribuo.protos.core.TribuoCore",
            "org.tribuo.protos.core.TribuoCoreImpl",
            "org.tribuo.math.protos.TribuoMath",
            "org.tribuo.math.protos.TribuoMathImpl",
            "org.tribuo.classification.protos.TribuoClassificationCore",
            "org.tribuo.regression.protos.TribuoRegressionCore",
            "org.tribuo.common.sgd.protos.TribuoSgd",
            "org.tribuo.common.sgd.protos.TribuoCommonSgd",
            "org.tribuo.classification.sgd.protos.TribuoClassificationSgd",
            "org.tribuo.regression.sgd.protos.TribuoRegressionSgd",
            "org.tribuo.common.tree.protos.TribuoTree",
            "org.tribuo.regression.rtree.protos.TribuoRegressionTree",
            "org.tribuo.common.liblinear.protos.TribuoLiblinear",
            "org.tribuo.common.libsvm.protos.TribuoLibsvm",
            "org.tribuo.classification.libsvm.protos.TribuoClassificationLibsvm",
            "org.tribuo.regression.libsvm.protos.TribuoRegressionLibsvm",
            "org.tribuo.common.nearest.protos.TribuoCommonKnn",
            "org.tribuo.regression.slm.protos.TribuoRegressionSlm",
            "org.tribuo.multilabel.protos.TribuoMultilabelCore",
            "org.tribuo.multilabel.sgd.protos.TribuoMultilabelSgd",
            "org.tribuo.clustering.protos.TribuoClusteringCore",
            "org.tribuo.clustering.kmeans.protos.TribuoClusteringKmeans",
            "org.tribuo.anomaly.protos.TribuoAnomalyCore",
            "org.tribuo.anomaly.libsvm.protos.TribuoAnomalyLibsvm");

    static final String ANY = "google.protobuf.Any";
    static final String MODEL_PROTO = "tribuo.core.ModelProto";

    private static final Map<String, Descriptor> TYPES = load();

    private TribuoProtoSchema() {
    }

    /** The message type with this full name ("tribuo.core.ModelProto"), or null when no module on the classpath has it. */
    static Descriptor type(String fullName) {
        return TYPES.get(fullName);
    }

    private static Map<String, Descriptor> load() {
        Map<String, Descriptor> types = new HashMap<>();
        ClassLoader loader = org.tribuo.Model.class.getClassLoader();
        for (String holder : PROTO_FILE_HOLDERS) {
            FileDescriptor file;
            try {
                file = (FileDescriptor) Class.forName(holder, true, loader).getMethod("getDescriptor").invoke(null);
            } catch (ClassNotFoundException | NoClassDefFoundError absentModule) {
                continue;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Tribuo's generated protobuf class " + holder + " has no descriptor", e);
            }
            addFile(file, types);
        }
        return Map.copyOf(types);
    }

    private static void addFile(FileDescriptor file, Map<String, Descriptor> types) {
        for (Descriptor type : file.getMessageTypes()) {
            addType(type, types);
        }
        for (FileDescriptor dependency : file.getDependencies()) {
            addFile(dependency, types);
        }
    }

    private static void addType(Descriptor type, Map<String, Descriptor> types) {
        types.put(type.getFullName(), type);
        for (Descriptor nested : type.getNestedTypes()) {
            addType(nested, types);
        }
    }
}

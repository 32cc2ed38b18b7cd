package org.mlgate.analysis.model;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class names a model file may carry, checked before Tribuo or OLCUT turn any of them into a class.
 *
 * <p>A Tribuo model file names classes in three places, and each is resolved with an initialising
 * {@code Class.forName}, so a name that reaches them runs that class's static initialiser:
 * <ul>
 *   <li>every redirect message ({@code version}, {@code class_name}, {@code serialized_data}: ModelProto, TensorProto,
 *       OutputProto, ..., including the member ModelProtos of an ensemble) is resolved by {@code ProtoUtil.deserialize};
 *       these must be one of the exact names of {@link #REDIRECT_CLASSES}, by redirect message type;</li>
 *   <li>the provenance's object records ({@code ObjectProvenanceProto.provenance_class_name}) are resolved by OLCUT's
 *       {@code ProvenanceUtil} and constructed from a map; these must be provenance classes of Tribuo or OLCUT
 *       ({@link #isProvenanceClass});</li>
 *   <li>the provenance's simple values ({@code SimpleProvenanceProto.provenance_class_name}) must be one of OLCUT's
 *       {@link #PRIMITIVE_PROVENANCE} classes or a reference to a provenance class, and an enum value's
 *       {@code additional} field (its enum class) must be an enum of Tribuo or OLCUT ({@link #isEnumClass}).</li>
 * </ul>
 * The provenance rules check the name's namespace first and then load the class without initialising it
 * ({@code Class.forName(name, false, loader)}: no code of the class runs) to check its kind. The redirect classes
 * are exact names: the model families the plugin bundles and exactly the parts their files contain, found by
 * serializing a model of each family ({@code BundledModelFamiliesTest}).
 */
final class TribuoClassAllowList {

    /** The models of the families in plugin/pom.xml, as {@code ModelProto.class_name} names them. */
    static final Set<String> MODEL_CLASSES = Set.of(
            "org.tribuo.classification.sgd.linear.LinearSGDModel",
            "org.tribuo.classification.sgd.fm.FMClassificationModel",
            "org.tribuo.classification.sgd.kernel.KernelSVMModel",
            "org.tribuo.classification.liblinear.LibLinearClassificationModel",
            "org.tribuo.classification.libsvm.LibSVMClassificationModel",
            "org.tribuo.classification.baseline.DummyClassifierModel",
            "org.tribuo.regression.sgd.linear.LinearSGDModel",
            "org.tribuo.regression.sgd.fm.FMRegressionModel",
            "org.tribuo.regression.liblinear.LibLinearRegressionModel",
            "org.tribuo.regression.libsvm.LibSVMRegressionModel",
            "org.tribuo.regression.rtree.IndependentRegressionTreeModel",
            "org.tribuo.regression.slm.SparseLinearModel",
            "org.tribuo.regression.baseline.DummyRegressionModel",
            "org.tribuo.common.tree.TreeModel",
            "org.tribuo.common.nearest.KNNModel",
            "org.tribuo.ensemble.WeightedEnsembleModel",
            "org.tribuo.transform.TransformedModel",
            // Multi-label, clustering and anomaly detection (the later tasks' families in plugin/pom.xml).
            "org.tribuo.multilabel.baseline.IndependentMultiLabelModel",
            "org.tribuo.multilabel.baseline.ClassifierChainModel",
            "org.tribuo.multilabel.sgd.linear.LinearSGDModel",
            "org.tribuo.multilabel.sgd.fm.FMMultiLabelModel",
            "org.tribuo.clustering.kmeans.KMeansModel",
            "org.tribuo.anomaly.libsvm.LibSVMAnomalyModel");

    /** For each redirect message type (full protobuf name), the classes its {@code class_name} may name. */
    static final Map<String, Set<String>> REDIRECT_CLASSES = Map.ofEntries(
            Map.entry("tribuo.core.ModelProto", MODEL_CLASSES),
            Map.entry("tribuo.core.FeatureDomainProto", Set.of(
                    "org.tribuo.ImmutableFeatureMap",
                    "org.tribuo.hash.HashedFeatureMap")),
            Map.entry("tribuo.core.VariableInfoProto", Set.of(
                    "org.tribuo.RealIDInfo",
                    "org.tribuo.CategoricalIDInfo")),
            Map.entry("tribuo.core.OutputDomainProto", Set.of(
                    "org.tribuo.classification.ImmutableLabelInfo",
                    "org.tribuo.regression.ImmutableRegressionInfo",
                    "org.tribuo.multilabel.ImmutableMultiLabelInfo",
                    "org.tribuo.clustering.ImmutableClusteringInfo",
                    "org.tribuo.anomaly.ImmutableAnomalyInfo")),
            Map.entry("tribuo.core.OutputProto", Set.of(
                    "org.tribuo.classification.Label",
                    "org.tribuo.regression.Regressor",
                    "org.tribuo.regression.Regressor$DimensionTuple")),
            Map.entry("tribuo.core.EnsembleCombinerProto", Set.of(
                    "org.tribuo.classification.ensemble.VotingCombiner",
                    "org.tribuo.classification.ensemble.FullyWeightedVotingCombiner",
                    "org.tribuo.regression.ensemble.AveragingCombiner",
                    "org.tribuo.multilabel.ensemble.MultiLabelVotingCombiner")),
            Map.entry("tribuo.core.TransformerProto", Set.of(
                    "org.tribuo.transform.transformations.MeanStdDevTransformation$MeanStdDevTransformer",
                    "org.tribuo.transform.transformations.LinearScalingTransformation$LinearScalingTransformer",
                    "org.tribuo.transform.transformations.IDFTransformation$IDFTransformer",
                    "org.tribuo.transform.transformations.BinningTransformation$BinningTransformer",
                    "org.tribuo.transform.transformations.SimpleTransform")),
            Map.entry("tribuo.core.HasherProto", Set.of(
                    "org.tribuo.hash.MessageDigestHasher",
                    "org.tribuo.hash.HashCodeHasher",
                    "org.tribuo.hash.ModHashCodeHasher")),
            Map.entry("tribuo.math.TensorProto", Set.of(
                    "org.tribuo.math.la.DenseVector",
                    "org.tribuo.math.la.SparseVector",
                    "org.tribuo.math.la.DenseMatrix")),
            Map.entry("tribuo.math.ParametersProto", Set.of(
                    "org.tribuo.math.LinearParameters",
                    "org.tribuo.common.sgd.FMParameters")),
            Map.entry("tribuo.math.NormalizerProto", Set.of(
                    "org.tribuo.math.util.ExpNormalizer",
                    "org.tribuo.math.util.NoopNormalizer",
                    "org.tribuo.math.util.Normalizer",
                    "org.tribuo.math.util.SigmoidNormalizer")),
            Map.entry("tribuo.math.KernelProto", Set.of(
                    "org.tribuo.math.kernel.Linear",
                    "org.tribuo.math.kernel.Polynomial",
                    "org.tribuo.math.kernel.RBF",
                    "org.tribuo.math.kernel.Sigmoid")),
            Map.entry("tribuo.math.DistanceProto", Set.of(
                    "org.tribuo.math.distance.L1Distance",
                    "org.tribuo.math.distance.L2Distance",
                    "org.tribuo.math.distance.CosineDistance")),
            Map.entry("tribuo.math.NeighbourFactoryProto", Set.of(
                    "org.tribuo.math.neighbour.bruteforce.NeighboursBruteForceFactory",
                    "org.tribuo.math.neighbour.kdtree.KDTreeFactory")),
            // TreeModel reads its nodes itself (by the type of serialized_data) and never resolves this name; Tribuo
            // writes it for leaves and leaves it empty for split nodes.
            Map.entry("tribuo.common.tree.TreeNodeProto", Set.of(
                    "",
                    "org.tribuo.common.tree.LeafNode",
                    "org.tribuo.common.tree.SplitNode")));

    /** OLCUT's primitive provenance classes: {@code SimpleMarshalledProvenance.unmarshallPrimitive} knows these. */
    static final Set<String> PRIMITIVE_PROVENANCE = Set.of(
            "com.oracle.labs.mlrg.olcut.provenance.primitives.BooleanProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.ByteProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.CharProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.DateProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.DateTimeProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.EnumProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.FileProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.FloatProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.HashProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.ShortProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.TimeProvenance",
            "com.oracle.labs.mlrg.olcut.provenance.primitives.URLProvenance");

    static final String ENUM_PROVENANCE = "com.oracle.labs.mlrg.olcut.provenance.primitives.EnumProvenance";

    /** Where provenance and enum classes may come from: Tribuo's own and OLCUT's. */
    private static final List<String> PROVENANCE_NAMESPACES = List.of("org.tribuo.", "com.oracle.labs.mlrg.olcut.");

    private TribuoClassAllowList() {
    }

    /** Whether {@code type} (a full protobuf message name) is a redirect message whose class name is checked here. */
    static boolean isKnownRedirect(String type) {
        return REDIRECT_CLASSES.containsKey(type);
    }

    static boolean isAllowedRedirectClass(String redirectType, String className) {
        Set<String> allowed = REDIRECT_CLASSES.get(redirectType);
        return allowed != null && allowed.contains(className);
    }

    /**
     * A concrete OLCUT {@code ObjectProvenance} of Tribuo or OLCUT: the namespace is checked first, then the class is
     * loaded without running its initialiser, by the class loader that OLCUT's {@code ProvenanceUtil} resolves it with.
     */
    static boolean isProvenanceClass(String name) {
        Class<?> type = loadWithoutInitialising(name, com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil.class);
        return type != null && com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance.class.isAssignableFrom(type)
                && !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    /** An enum of Tribuo or OLCUT (the enum class of an {@code EnumProvenance}), checked as {@link #isProvenanceClass}. */
    static boolean isEnumClass(String name) {
        Class<?> type = loadWithoutInitialising(name,
                com.oracle.labs.mlrg.olcut.provenance.io.SimpleMarshalledProvenance.class);
        return type != null && type.isEnum();
    }

    private static Class<?> loadWithoutInitialising(String name, Class<?> resolver) {
        if (PROVENANCE_NAMESPACES.stream().noneMatch(name::startsWith)) {
            return null;
        }
        try {
            return Class.forName(name, false, resolver.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}

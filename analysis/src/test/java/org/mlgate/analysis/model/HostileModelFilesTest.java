package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.oracle.labs.mlrg.olcut.config.protobuf.protos.RootProvenanceProto;
import com.oracle.labs.mlrg.olcut.config.protobuf.protos.SimpleProvenanceProto;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.tribuo.Model;
import org.tribuo.classification.sgd.protos.ClassificationLinearSGDProto;
import org.tribuo.common.liblinear.protos.LibLinearModelProto;
import org.tribuo.classification.libsvm.protos.LibSVMClassificationModelProto;
import org.tribuo.common.nearest.protos.KNNModelProto;
import org.tribuo.math.protos.DenseTensorProto;
import org.tribuo.math.protos.ParametersProto;
import org.tribuo.math.protos.LinearParametersProto;
import org.tribuo.protos.core.ModelDataProto;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.protos.core.WeightedEnsembleModelProto;

/**
 * Model files built to attack the build, each of which must end within seconds with one {@link InputException}
 * sentence that names the file and says what to do, without initialising any class the file names.
 *
 * <p>Memory: run these with a small heap to see that no case allocates what the file declares,
 * {@code mvn -B -q -pl analysis -am test -Dtest=HostileModelFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-Xmx256m}; every case passes there (before the guard, the nested arrays alone took 1.75 GB).
 */
class HostileModelFilesTest {

    private static final String GADGET = "org.apache.commons.collections.functors.InvokerTransformer";
    private static final String TRIPWIRE = Tripwires.Tripwire.class.getName();
    private static final String NAMESPACE_TRIPWIRE = "org.tribuo.mlgatetest.NamespaceTripwire";
    private static final String REFUSED = ", so mlgate refused it before loading any class from it; only use model "
            + "files from a trusted source, or evaluate a predictions file instead.";

    @TempDir
    Path dir;

    @AfterEach
    void noClassTheFilesNameWasInitialised() {
        assertFalse(Tripwires.INITIALISED.contains(TRIPWIRE), "a hostile file initialised " + TRIPWIRE);
        assertFalse(Tripwires.INITIALISED.contains(NAMESPACE_TRIPWIRE), "a hostile file initialised "
                + NAMESPACE_TRIPWIRE);
    }

    // ---- Java serialization inside a LibLinear model

    @Test
    void aLibLinearModelWhoseJavaBytesAreNestedHashSetsIsRefusedAtTheFirstSet() throws IOException {
        Path file = write("hashsets.tribuo", withLibLinearBytes(javaSerialized(nestedHashSets(40))));
        assertEquals("The model file " + file + " contains Java-serialized data that its format (LibLinear) never "
                + "has: the class java.util.HashSet, so mlgate refused it; only use model files from a trusted "
                + "source, or evaluate a predictions file instead.", loadFails(file));
    }

    @Test
    void aLibLinearModelWhoseJavaBytesDeclareNestedHugeObjectArraysIsRefusedBeforeAnyIsAllocated() throws IOException {
        byte[] payload = nestedArrays("[Ljava.lang.Object;", 0x90CE589F1073296CL, 100_000_000, 10);
        Path file = write("arrays.tribuo", withLibLinearBytes(payload));
        assertEquals("The model file " + file + " contains Java-serialized data that its format (LibLinear) never "
                + "has: the class java.lang.Object[], so mlgate refused it; only use model files from a trusted "
                + "source, or evaluate a predictions file instead.", loadFails(file));
    }

    @Test
    void aLibLinearModelDeclaringAWeightArrayLongerThanItsBytesIsRefusedBeforeItIsAllocated() throws IOException {
        byte[] payload = nestedArrays("[D", 0x3EA68C14AB635A1EL, 100_000_000, 1);
        Path file = write("weights.tribuo", withLibLinearBytes(payload));
        assertEquals("The model file " + file + " contains Java-serialized data that its format (LibLinear) never "
                + "has: an array of 100000000 elements (800000000 bytes) declared in a stream of at most "
                + payload.length + " bytes, so mlgate refused it; only use model files from a trusted source, or "
                + "evaluate a predictions file instead.", loadFails(file));
    }

    // ---- class names, before any Class.forName

    @Test
    void aModelClassNamingAGadgetIsRefusedByName() throws IOException {
        Path file = write("gadget.tribuo", logistic().toBuilder().setClassName(GADGET).build());
        assertEquals("The model file " + file + " names the class '" + GADGET + "' in a ModelProto, which is not a "
                + "class mlgate loads from model files" + REFUSED, loadFails(file));
    }

    @Test
    void aModelClassWithAStaticInitialiserIsRefusedWithoutInitialisingIt() throws IOException {
        Path file = write("tripwire.tribuo", logistic().toBuilder().setClassName(TRIPWIRE).build());
        assertEquals("The model file " + file + " names the class '" + TRIPWIRE + "' in a ModelProto, which is not a "
                + "class mlgate loads from model files" + REFUSED, loadFails(file));
    }

    @Test
    void anEnsembleMembersClassIsCheckedLikeTheTopModels() throws IOException {
        ModelProto forest = model("random forest");
        WeightedEnsembleModelProto members = forest.getSerializedData().unpack(WeightedEnsembleModelProto.class);
        ModelProto member = members.getModels(1).toBuilder().setClassName(TRIPWIRE).build();
        Path file = write("member.tribuo", forest.toBuilder()
                .setSerializedData(Any.pack(members.toBuilder().setModels(1, member).build())).build());
        assertEquals("The model file " + file + " names the class '" + TRIPWIRE + "' in a ModelProto, which is not a "
                + "class mlgate loads from model files" + REFUSED, loadFails(file));
    }

    @Test
    void aClassNameDeepInsideAModelIsChecked() throws IOException {
        ModelProto logistic = logistic();
        ClassificationLinearSGDProto data = logistic.getSerializedData().unpack(ClassificationLinearSGDProto.class);
        LinearParametersProto params = data.getParams().getSerializedData().unpack(LinearParametersProto.class);
        LinearParametersProto hostile = params.toBuilder()
                .setWeightMatrix(params.getWeightMatrix().toBuilder().setClassName(TRIPWIRE)).build();
        ParametersProto parameters = data.getParams().toBuilder().setSerializedData(Any.pack(hostile)).build();
        Path file = write("tensor.tribuo", logistic.toBuilder()
                .setSerializedData(Any.pack(data.toBuilder().setParams(parameters).build())).build());
        assertEquals("The model file " + file + " names the class '" + TRIPWIRE + "' in a TensorProto, which is not "
                + "a class mlgate loads from model files" + REFUSED, loadFails(file));
    }

    @Test
    void aSecondClassNameInTheSameMessageIsRefused() throws IOException {
        // protobuf keeps the last of two values, so a checker that read the first would be fooled
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        logistic().writeTo(bytes);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeString(ModelProto.CLASS_NAME_FIELD_NUMBER, GADGET);
        out.flush();
        Path file = write("twice.tribuo", bytes.toByteArray());
        assertEquals("The model file " + file + " is not a Tribuo model that mlgate can read (its ModelProto sets "
                + "class_name twice, which Tribuo never writes); save the model with Model.serializeToFile (Tribuo "
                + "4.3 or later) or evaluate a predictions file instead.", loadFails(file));
    }

    @Test
    void aTribuoModelOfAFamilyThePluginDoesNotBundleIsNamed() throws IOException {
        String xgboost = "org.tribuo.classification.xgboost.XGBoostClassificationModel";
        Path file = write("xgboost.tribuo", logistic().toBuilder().setClassName(xgboost).build());
        String message = loadFails(file);
        assertTrue(message.startsWith("The model file " + file + " holds a Tribuo model of class " + xgboost
                + ", from a family that mlgate does not load; mlgate loads Tribuo's linear"), message);
    }

    @Test
    void anAnyOfATypeNoTribuoModuleDefinesIsRefused() throws IOException {
        Any foreign = Any.newBuilder().setTypeUrl("type.googleapis.com/evil.Payload")
                .setValue(ByteString.copyFromUtf8("whatever")).build();
        Path file = write("foreign.tribuo", logistic().toBuilder().setSerializedData(foreign).build());
        assertEquals("The model file " + file + " holds a message of type 'evil.Payload', which no Tribuo module on "
                + "mlgate's classpath defines" + REFUSED, loadFails(file));
    }

    // ---- class names in the provenance (OLCUT resolves them too)

    @Test
    void aProvenanceClassOutsideTribuoIsRefused() throws IOException {
        Path file = write("provenance.tribuo", withProvenance(logistic(), p -> p.toBuilder()
                .setOmp(0, p.getOmp(0).toBuilder().setProvenanceClassName(TRIPWIRE)).build()));
        assertEquals("The model file " + file + " names the class '" + TRIPWIRE + "' in its provenance, which is not "
                + "a provenance class of Tribuo or OLCUT on mlgate's classpath" + REFUSED, loadFails(file));
    }

    @Test
    void aClassInTribuosNamespaceThatIsNoProvenanceClassIsRefusedWithoutInitialisingIt() throws IOException {
        Path file = write("namespace.tribuo", withProvenance(logistic(), p -> p.toBuilder()
                .setOmp(0, p.getOmp(0).toBuilder().setProvenanceClassName(NAMESPACE_TRIPWIRE)).build()));
        assertEquals("The model file " + file + " names the class '" + NAMESPACE_TRIPWIRE + "' in its provenance, "
                + "which is not a provenance class of Tribuo or OLCUT on mlgate's classpath" + REFUSED,
                loadFails(file));
    }

    @Test
    void aProvenanceValueOfAnUnknownKindIsRefused() throws IOException {
        Path file = write("simple.tribuo", withProvenance(logistic(), p -> p.toBuilder()
                .setSmp(0, p.getSmp(0).toBuilder().setProvenanceClassName(GADGET)).build()));
        assertEquals("The model file " + file + " names the class '" + GADGET + "' in its provenance, which is not "
                + "a provenance class of Tribuo or OLCUT on mlgate's classpath" + REFUSED, loadFails(file));
    }

    @Test
    void aProvenanceEnumThatIsNoEnumOfTribuoIsRefusedWithoutInitialisingIt() throws IOException {
        for (String notAnEnum : new String[] {TRIPWIRE, NAMESPACE_TRIPWIRE}) {
            Path file = write("enum.tribuo", withProvenance(logistic(), p -> p.toBuilder()
                    .setSmp(0, SimpleProvenanceProto.newBuilder(p.getSmp(0))
                            .setProvenanceClassName(TribuoClassAllowList.ENUM_PROVENANCE).setAdditional(notAnEnum))
                    .build()));
            assertEquals("The model file " + file + " names the class '" + notAnEnum + "' as the enum of a "
                    + "provenance value, which is not an enum of Tribuo or OLCUT" + REFUSED, loadFails(file));
        }
    }

    @Test
    void aProvenanceThatRefersToItselfIsNotAModel() throws IOException {
        Path file = write("cycle.tribuo", withProvenance(logistic(), p -> {
            RootProvenanceProto.Builder cyclic = p.toBuilder();
            for (int i = 0; i < cyclic.getSmpCount(); i++) {
                SimpleProvenanceProto value = cyclic.getSmp(i);
                if (value.getIsReference() && value.getKey().equals("datasource")) {
                    // the training data's provenance becomes the model's own, which contains it
                    cyclic.setSmp(i, value.toBuilder().setValue(p.getOmp(0).getObjectName())
                            .setProvenanceClassName(p.getOmp(0).getProvenanceClassName()));
                }
            }
            return cyclic.build();
        }));
        assertEquals("The model file " + file + " is not a Tribuo model that mlgate can read (ProvenanceException: "
                + "Invalid provenance object linearsgdmodel-0 refers to an object called mutabledataset-1 which is "
                + "not present (or forms a cycle)); save the model with Model.serializeToFile (Tribuo 4.3 or later) "
                + "or evaluate a predictions file instead.", loadFails(file));
    }

    // ---- size, shape and damage

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.tribuo");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ModelFileLimits.DEFAULT.maxFileBytes() + 1); // sparse: nothing is written
        }
        assertEquals("The model file " + file + " is 256.0 MB, larger than the 256.0 MB that mlgate reads from a "
                + "model file; check that it is the model you meant, or evaluate a predictions file of the model "
                + "instead.", loadFails(file));
    }

    @Test
    void aTruncatedModelFileIsNotAModel() throws IOException {
        byte[] bytes = logistic().toByteArray();
        Path file = write("truncated.tribuo", Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals("The model file " + file + " is not a Tribuo model that mlgate can read (its protobuf data is "
                + "damaged or truncated); save the model with Model.serializeToFile (Tribuo 4.3 or later) or evaluate "
                + "a predictions file instead.", loadFails(file));
    }

    @Test
    void randomBytesAreNotAModel() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path file = write("random.tribuo", bytes);
        assertTrue(loadFails(file).startsWith("The model file " + file + " is not a Tribuo model that mlgate can "
                + "read ("));
    }

    @Test
    void anEmptyFileIsNotAModel() throws IOException {
        Path file = write("empty.tribuo", new byte[0]);
        assertEquals("The model file " + file + " is not a Tribuo model that mlgate can read (it holds no model class "
                + "name, so it is not a Tribuo model file); save the model with Model.serializeToFile (Tribuo 4.3 or "
                + "later) or evaluate a predictions file instead.", loadFails(file));
    }

    @Test
    void modelsNestedDeeperThanTheLimitAreRefused() throws IOException {
        ModelProto nested = ModelProto.newBuilder().setClassName("org.tribuo.ensemble.WeightedEnsembleModel").build();
        for (int i = 0; i < 1000; i++) {
            nested = ModelProto.newBuilder().setClassName("org.tribuo.ensemble.WeightedEnsembleModel")
                    .setSerializedData(Any.pack(WeightedEnsembleModelProto.newBuilder().addModels(nested).build()))
                    .build();
        }
        Path file = write("nested.tribuo", nested);
        assertEquals("The model file " + file + " nests its messages more than " + ModelFileLimits.DEFAULT.maxDepth()
                + " deep" + REFUSED, loadFails(file));
    }

    @Test
    void aModelOfMillionsOfEmptyMessagesIsRefusedBeforeTribuoBuildsThem() throws IOException {
        int nodes = 5_000_000; // 10 MB of two-byte messages: Tribuo would hold each as an object of tens of bytes
        ByteArrayOutputStream tree = new ByteArrayOutputStream(2 * nodes);
        for (int i = 0; i < nodes; i++) {
            tree.write(0x12); // TreeModelProto.nodes, length-delimited
            tree.write(0);    // an empty TreeNodeProto
        }
        Any data = Any.newBuilder().setTypeUrl("type.googleapis.com/tribuo.common.tree.TreeModelProto")
                .setValue(ByteString.copyFrom(tree.toByteArray())).build();
        Path file = write("messages.tribuo", ModelProto.newBuilder().setClassName("org.tribuo.common.tree.TreeModel")
                .setSerializedData(data).build());
        assertEquals("The model file " + file + " holds more than 4,000,000 protobuf messages" + REFUSED,
                loadFails(file));
    }

    // ---- sizes that Tribuo and LibSVM allocate from

    @Test
    void aLibSvmModelDeclaringCoefficientRowsItDoesNotHoldIsRefused() throws IOException {
        ModelProto svm = model("LibSVM");
        LibSVMClassificationModelProto data = svm.getSerializedData().unpack(LibSVMClassificationModelProto.class);
        LibSVMClassificationModelProto hostile = data.toBuilder()
                .setModel(data.getModel().toBuilder().addSvCoefLengths(100_000_000).addSvCoefLengths(100_000_000))
                .build();
        Path file = write("svm.tribuo", svm.toBuilder().setSerializedData(Any.pack(hostile)).build());
        String message = loadFails(file);
        assertTrue(message.startsWith("The model file " + file + " declares LibSVM coefficient rows of 2000000"),
                message);
        assertTrue(message.endsWith(REFUSED), message);
    }

    @Test
    void aDenseMatrixWhoseShapeOverflowsTribuosCheckIsRefused() throws IOException {
        // Tribuo multiplies the dimensions in an int: 65536 x 65537 wraps to 65536, the number of values held, and
        // it would then allocate new double[65536][65537], 32 GB
        ModelProto logistic = logistic();
        ClassificationLinearSGDProto data = logistic.getSerializedData().unpack(ClassificationLinearSGDProto.class);
        LinearParametersProto params = data.getParams().getSerializedData().unpack(LinearParametersProto.class);
        DenseTensorProto matrix = DenseTensorProto.newBuilder().addDimensions(65536).addDimensions(65537)
                .setValues(ByteString.copyFrom(new byte[65536 * Double.BYTES])).build();
        LinearParametersProto hostile = params.toBuilder().setWeightMatrix(params.getWeightMatrix().toBuilder()
                .setSerializedData(Any.pack(matrix))).build();
        ParametersProto parameters = data.getParams().toBuilder().setSerializedData(Any.pack(hostile)).build();
        Path file = write("matrix.tribuo", logistic.toBuilder()
                .setSerializedData(Any.pack(data.toBuilder().setParams(parameters).build())).build());
        assertEquals("The model file " + file + " declares a dense tensor of 4295032832 values (the product of its 2 "
                + "dimensions), but holds 65536" + REFUSED, loadFails(file));
    }

    @Test
    void aKnnModelAskingForThousandsOfThreadsIsRefused() throws IOException {
        ModelProto knn = model("k-NN");
        KNNModelProto data = knn.getSerializedData().unpack(KNNModelProto.class);
        Path file = write("knn.tribuo", knn.toBuilder()
                .setSerializedData(Any.pack(data.toBuilder().setNumThreads(100_000).build())).build());
        assertEquals("The model file " + file + " asks for 100000 threads to predict with (mlgate allows up to 256)"
                + REFUSED, loadFails(file));
    }

    // ---- the time budget

    @Test
    void aLoadThatOverrunsItsTimeBudgetEndsWithOneSentence() throws IOException {
        Path file = write("slow.tribuo", logistic());
        InputException e = assertThrows(InputException.class, () -> TribuoModelLoader.load(file, null,
                ModelFileLimits.DEFAULT.withLoadTime(Duration.ZERO)));
        assertEquals("The model file " + file + " did not load within 0 seconds, so mlgate stopped waiting for it; "
                + "only use model files from a trusted source, or evaluate a predictions file instead.",
                e.getMessage());
    }

    // ---- why all this: Tribuo on its own resolves the names a file gives it

    @Test
    void withoutTheGuardTribuoInitialisesAClassTheFileNames() throws IOException {
        String unguarded = Tripwires.UnguardedTripwire.class.getName();
        Path file = write("unguarded.tribuo", logistic().toBuilder().setClassName(unguarded).build());
        assertThrows(IllegalStateException.class, () -> Model.deserializeFromFile(file));
        assertTrue(Tripwires.INITIALISED.contains(unguarded), "Tribuo's own loader ran the initialiser");
    }

    // ---- helpers

    /** Loads the file, which must fail within seconds with one sentence; returns the sentence. */
    private static String loadFails(Path file) {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(InputException.class, () -> TribuoModelLoader.load(file, null)));
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith("The model file " + file + " "), message);
        assertTrue(message.endsWith("."), message);
        return message;
    }

    private Path write(String name, ModelProto proto) throws IOException {
        return write(name, proto.toByteArray());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ModelProto model(String family) throws IOException {
        return ModelFamilies.train(ModelFamilies.named(family), dir).serialize();
    }

    private ModelProto logistic() throws IOException {
        return model("logistic regression (SGD)");
    }

    /** A real LibLinear model file whose embedded Java-serialized model is {@code payload} instead. */
    private ModelProto withLibLinearBytes(byte[] payload) throws IOException {
        ModelProto model = model("LibLinear");
        LibLinearModelProto data = model.getSerializedData().unpack(LibLinearModelProto.class);
        return model.toBuilder()
                .setSerializedData(Any.pack(data.toBuilder().setModels(0, ByteString.copyFrom(payload)).build()))
                .build();
    }

    /** A logistic-regression model file with its provenance changed. */
    private static ModelProto withProvenance(ModelProto model, UnaryOperator<RootProvenanceProto> change)
            throws IOException {
        ClassificationLinearSGDProto data = model.getSerializedData().unpack(ClassificationLinearSGDProto.class);
        ModelDataProto metadata = data.getMetadata();
        ModelDataProto changed = metadata.toBuilder().setProvenance(change.apply(metadata.getProvenance())).build();
        return model.toBuilder().setSerializedData(Any.pack(data.toBuilder().setMetadata(changed).build())).build();
    }

    private static byte[] javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /**
     * Sets nested {@code depth} deep, two at each level, each in both sets of the level above: reading it back
     * rehashes every set, about 2^depth hashCode calls (the "SerialDOS" payload). JDK classes only.
     */
    private static Set<Object> nestedHashSets(int depth) {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    /**
     * A Java serialization stream of {@code nesting} arrays of the given class, each declaring {@code length}
     * elements and holding only the next array: a reader allocates every declared length before it finds the stream
     * ends.
     */
    private static byte[] nestedArrays(String arrayClass, long serialVersionUid, int length, int nesting)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0xACED); // STREAM_MAGIC
        out.writeShort(5);      // STREAM_VERSION
        out.writeByte(0x75);    // TC_ARRAY
        out.writeByte(0x72);    // TC_CLASSDESC
        out.writeUTF(arrayClass);
        out.writeLong(serialVersionUid);
        out.writeByte(0x02);    // SC_SERIALIZABLE
        out.writeShort(0);      // no fields
        out.writeByte(0x78);    // TC_ENDBLOCKDATA
        out.writeByte(0x70);    // TC_NULL: no superclass
        out.writeInt(length);
        for (int i = 1; i < nesting; i++) {
            out.writeByte(0x75);       // TC_ARRAY
            out.writeByte(0x71);       // TC_REFERENCE
            out.writeInt(0x7E0000);    // to the class descriptor above
            out.writeInt(length);
        }
        out.flush();
        return bytes.toByteArray();
    }
}

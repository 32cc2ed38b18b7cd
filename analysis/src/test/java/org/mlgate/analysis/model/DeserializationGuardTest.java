package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.liblinear.protos.LibLinearModelProto;
import org.tribuo.protos.core.ModelProto;

/** A model file is untrusted input: Java deserialization inside it is confined to what its format contains. */
class DeserializationGuardTest {

    @TempDir
    Path dir;

    private static byte[] javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object javaDeserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static DeserializationGuard.Scope libLinear() {
        return DeserializationGuard.scope(JavaSerializedFormat.LIBLINEAR, 10_000);
    }

    @Test
    void insideALoadAStreamWithAClassOutsideTheFormatFailsAndNamesIt() throws Exception {
        byte[] bytes = javaSerialized(new File("payload"));
        DeserializationGuard.RefusedStreamException e = assertThrows(DeserializationGuard.RefusedStreamException.class,
                () -> DeserializationGuard.during(libLinear(), () -> javaDeserialized(bytes)));
        assertEquals("the class java.io.File", e.refused());
    }

    @Test
    void aRefusalTheLoadSwallowsStillFailsTheLoad() throws Exception {
        byte[] bytes = javaSerialized(new File("payload"));
        assertThrows(DeserializationGuard.RefusedStreamException.class, () -> DeserializationGuard.during(libLinear(),
                () -> {
                    try {
                        return javaDeserialized(bytes);
                    } catch (IOException swallowed) {
                        return null;
                    }
                }));
    }

    @Test
    void outsideALoadTheJvmPolicyIsUnchanged() throws Exception {
        byte[] bytes = javaSerialized(new File("payload"));
        DeserializationGuard.during(libLinear(), () -> Boolean.TRUE); // the guard is installed now
        assertEquals(new File("payload"), javaDeserialized(bytes));
    }

    @Test
    void insideALoadTheFormatsClassesStillDeserialize() throws Exception {
        double[] weights = {1.5, -2.0, 0.25};
        assertArrayEquals(weights, (double[]) DeserializationGuard.during(libLinear(),
                () -> javaDeserialized(javaSerialized(weights))));
    }

    @Test
    void aLoadOfAFormatWithoutJavaSerializationRefusesEveryStream() throws Exception {
        byte[] bytes = javaSerialized(new double[] {1.0});
        DeserializationGuard.RefusedStreamException e = assertThrows(DeserializationGuard.RefusedStreamException.class,
                () -> DeserializationGuard.during(DeserializationGuard.scope(), () -> javaDeserialized(bytes)));
        assertEquals("the class double[]", e.refused());
    }

    @Test
    void anExpiredScopeRefusesWhatItAdmittedBefore() throws Exception {
        byte[] bytes = javaSerialized(new double[] {1.0});
        DeserializationGuard.Scope scope = libLinear();
        scope.expire();
        assertThrows(DeserializationGuard.RefusedStreamException.class,
                () -> DeserializationGuard.during(scope, () -> javaDeserialized(bytes)));
    }

    @Test
    void aLibLinearModelLoadsThroughTheGuard() throws Exception {
        Path file = TestModels.save(TestModels.libLinearOnSplit(dir), dir.resolve("liblinear.tribuo"));
        LoadedModel loaded = TribuoModelLoader.load(file, null);
        assertEquals("org.tribuo.classification.liblinear.LibLinearClassificationModel", loaded.info().type());
        assertTrue(loaded.info().trainedBySplit(), "the provenance records a TrainTestSplitter");
        assertTrue(loaded.info().trainingDataPath().endsWith("numeric-train.csv"));
    }

    @Test
    void aLibLinearModelFileCarryingAnotherJavaClassIsRefused() throws Exception {
        Model<Label> model = TestModels.libLinearOnSplit(dir);
        ModelProto proto = model.serialize();
        LibLinearModelProto inner = proto.getSerializedData().unpack(LibLinearModelProto.class);
        LibLinearModelProto hostile = inner.toBuilder()
                .setModels(0, ByteString.copyFrom(javaSerialized(new Tripwire())))
                .build();
        Path file = dir.resolve("hostile.tribuo");
        try (OutputStream out = Files.newOutputStream(file)) {
            proto.toBuilder().setSerializedData(Any.pack(hostile)).build().writeTo(out);
        }
        InputException e = assertThrows(InputException.class, () -> TribuoModelLoader.load(file, null));
        assertEquals("The model file " + file + " contains Java-serialized data that its format (LibLinear) never "
                + "has: the class " + Tripwire.class.getName() + ", so mlgate refused it; only use model files from a "
                + "trusted source, or evaluate a predictions file instead.", e.getMessage());
    }

    /** A harmless serializable class outside the allow-list, standing in for a gadget. */
    static final class Tripwire implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}

package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.liblinear.protos.LibLinearModelProto;
import org.tribuo.protos.core.ModelProto;

/** A model file is untrusted input: Java deserialization inside it is confined to Tribuo's allow-list. */
class DeserializationGuardTest {

    @TempDir
    Path dir;

    private static ObjectInputFilter.FilterInfo classInfo(Class<?> type) {
        return new ObjectInputFilter.FilterInfo() {
            public Class<?> serialClass() { return type; }
            public long arrayLength() { return -1; }
            public long depth() { return 1; }
            public long references() { return 1; }
            public long streamBytes() { return 100; }
        };
    }

    private static ObjectInputFilter.FilterInfo arrayInfo(Class<?> type, long length) {
        return new ObjectInputFilter.FilterInfo() {
            public Class<?> serialClass() { return type; }
            public long arrayLength() { return length; }
            public long depth() { return 1; }
            public long references() { return 1; }
            public long streamBytes() { return 100; }
        };
    }

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

    @Test
    void theAllowListAdmitsTribuoLibLinearAndBasicJavaTypes() {
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(Label.class)));
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(de.bwaldvogel.liblinear.Model.class)));
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(ArrayList.class)));
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(String.class)));
    }

    @Test
    void theAllowListAdmitsArraysOfPrimitives() {
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(arrayInfo(double[].class, 10)));
        assertEquals(Status.ALLOWED, DeserializationGuard.ALLOWED_CLASSES.checkInput(arrayInfo(int[][].class, 10)));
    }

    @Test
    void theAllowListRejectsClassesOutsideIt() {
        assertEquals(Status.REJECTED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(File.class)));
        assertEquals(Status.REJECTED, DeserializationGuard.ALLOWED_CLASSES.checkInput(classInfo(java.net.URL.class)));
        assertEquals(Status.REJECTED, DeserializationGuard.ALLOWED_CLASSES.checkInput(arrayInfo(File[].class, 1)));
    }

    @Test
    void theAllowListRejectsHugeArrays() {
        assertEquals(Status.REJECTED, DeserializationGuard.ALLOWED_CLASSES.checkInput(arrayInfo(double[].class, 1_000_000_000L)));
    }

    @Test
    void insideALoadAStreamWithAClassOutsideTheListFailsAndNamesIt() throws Exception {
        byte[] bytes = javaSerialized(new File("payload"));
        DeserializationGuard.RejectedClassException e = assertThrows(DeserializationGuard.RejectedClassException.class,
                () -> DeserializationGuard.during(() -> javaDeserialized(bytes)));
        assertTrue(e.getMessage().startsWith("java.io.File;"), e.getMessage());
    }

    @Test
    void aRejectionTheLoadSwallowsStillFailsTheLoad() throws Exception {
        byte[] bytes = javaSerialized(new File("payload"));
        assertThrows(DeserializationGuard.RejectedClassException.class, () -> DeserializationGuard.during(() -> {
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
        DeserializationGuard.during(() -> Boolean.TRUE); // the guard is installed now
        assertEquals(new File("payload"), javaDeserialized(bytes));
    }

    @Test
    void insideALoadAllowedClassesStillDeserialize() throws Exception {
        ArrayList<String> list = new ArrayList<>(java.util.List.of("a", "b"));
        assertEquals(list, DeserializationGuard.during(() -> javaDeserialized(javaSerialized(list))));
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
        assertTrue(e.getMessage().startsWith("The model file " + file + " contains Java-serialized classes outside "
                + "Tribuo's allow-list (" + Tripwire.class.getName() + "; "), e.getMessage());
    }

    /** A harmless serializable class outside the allow-list, standing in for a gadget. */
    static final class Tripwire implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}

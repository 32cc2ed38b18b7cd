package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.io.ObjectInputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.common.liblinear.protos.LibLinearModelProto;
import org.tribuo.protos.core.ModelProto;

/** The LibLinear format admits exactly what real LibLinear models contain, recorded from the models themselves. */
class JavaSerializedFormatTest {

    @TempDir
    Path dir;

    private static ObjectInputFilter.FilterInfo info(Class<?> type, long arrayLength, long depth, long references) {
        return new ObjectInputFilter.FilterInfo() {
            public Class<?> serialClass() { return type; }
            public long arrayLength() { return arrayLength; }
            public long depth() { return depth; }
            public long references() { return references; }
            public long streamBytes() { return 100; }
        };
    }

    @Test
    void realLibLinearModelsContainExactlyTheClassesOfTheFormatWithinItsLimits() throws Exception {
        Set<String> seen = new TreeSet<>();
        long[] deepest = new long[1];
        long[] references = new long[1];
        for (String family : new String[] {"LibLinear", "LibLinear regression", "hashed LibLinear (HashingTrainer)"}) {
            ModelProto model = ModelFamilies.train(ModelFamilies.named(family), dir).serialize();
            for (ByteString stream : model.getSerializedData().unpack(LibLinearModelProto.class).getModelsList()) {
                try (ObjectInputStream in = new ObjectInputStream(stream.newInput())) {
                    in.setObjectInputFilter(info -> {
                        if (info.serialClass() != null) {
                            seen.add(info.serialClass().getTypeName());
                        }
                        deepest[0] = Math.max(deepest[0], info.depth());
                        references[0] = Math.max(references[0], info.references());
                        return Status.UNDECIDED;
                    });
                    in.readObject();
                }
            }
        }
        Set<String> allowed = new TreeSet<>(JavaSerializedFormat.LIBLINEAR.classes());
        JavaSerializedFormat.LIBLINEAR.primitiveArrays().forEach(a -> allowed.add(a.getTypeName()));
        assertEquals(allowed, seen);
        assertEquals(JavaSerializedFormat.LIBLINEAR.maxDepth(), deepest[0]);
        assertTrue(references[0] <= JavaSerializedFormat.LIBLINEAR.maxReferences(), "references: " + references[0]);
    }

    @Test
    void anArrayIsAdmittedOnlyWhenItsElementsFitInTheStream() {
        assertEquals(Status.ALLOWED, JavaSerializedFormat.LIBLINEAR.filter(info(double[].class, 125, 2, 8), 1000)
                .status());
        assertEquals(Status.REJECTED, JavaSerializedFormat.LIBLINEAR.filter(info(double[].class, 126, 2, 8), 1000)
                .status());
        assertEquals(Status.ALLOWED, JavaSerializedFormat.LIBLINEAR.filter(info(int[].class, 250, 2, 8), 1000)
                .status());
    }

    @Test
    void anythingDeeperOrMoreNumerousThanARealModelIsRefused() {
        assertEquals("objects nested 4 deep, where LibLinear has at most 3",
                JavaSerializedFormat.LIBLINEAR.filter(info(double[].class, 1, 4, 8), 1000).reason());
        assertEquals("more than 16 objects, where LibLinear needs at most 16",
                JavaSerializedFormat.LIBLINEAR.filter(info(double[].class, 1, 2, 17), 1000).reason());
    }

    @Test
    void theFormatWithoutJavaSerializationRefusesEverything() {
        assertEquals("the class double[]", JavaSerializedFormat.NONE.filter(info(double[].class, 1, 1, 1), 1000)
                .reason());
        assertEquals(Status.REJECTED, JavaSerializedFormat.NONE.filter(info(null, -1, 1, 1), 1000).status());
    }
}

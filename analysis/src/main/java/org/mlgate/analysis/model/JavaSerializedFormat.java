package org.mlgate.analysis.model;

import java.io.ObjectInputFilter;
import java.io.ObjectInputFilter.Status;
import java.util.Set;

/**
 * What Java serialization a model format embeds in its protobuf, exactly: the classes, the arrays, how deep and how
 * many objects. Tribuo 4.3 writes every bundled family as plain protobuf except LibLinear, whose
 * {@code LibLinearModelProto.models} are Java-serialized {@code de.bwaldvogel.liblinear.Model}s (LibSVM is protobuf
 * since Tribuo 4.3: {@code SVMModelProto}).
 *
 * <p>The LibLinear stream of any model, whatever its size, holds the same five things (recorded from real models by
 * {@code JavaSerializedFormatTest}): the {@code Model}, its {@code SolverType} (an enum, so {@code java.lang.Enum} as
 * its superclass), the {@code label} {@code int[]} (absent for regression) and the weights {@code double[]}: nine
 * objects at most, at most three levels deep. Only the array lengths grow with the model, and an array cannot be
 * longer than the bytes that carry it, so {@link #filter} admits an array only when its elements fit in
 * {@code maxStreamBytes}: a stream cannot make the JDK allocate more than the file holds.
 *
 * @param name            the format, as messages name it
 * @param classes         the non-array classes the stream may contain, by name
 * @param primitiveArrays the array classes the stream may contain (arrays of primitives only)
 * @param maxDepth        the deepest object nesting of a genuine stream
 * @param maxReferences   the most objects and handles a genuine stream has, with room to spare
 */
record JavaSerializedFormat(String name, Set<String> classes, Set<Class<?>> primitiveArrays, int maxDepth,
                            int maxReferences) {

    static final JavaSerializedFormat LIBLINEAR = new JavaSerializedFormat("LibLinear",
            Set.of("de.bwaldvogel.liblinear.Model", "de.bwaldvogel.liblinear.SolverType", "java.lang.Enum"),
            Set.of(double[].class, int[].class), 3, 16);

    /** Formats without Java serialization: any Java-serialized object in them is refused. */
    static final JavaSerializedFormat NONE = new JavaSerializedFormat("no Java serialization", Set.of(), Set.of(), 0, 0);

    /**
     * The filter for streams of this format whose bytes are at most {@code maxStreamBytes} long.
     * {@link Verdict#reason} says why something was refused, in words that fit the loader's sentence.
     */
    Verdict filter(ObjectInputFilter.FilterInfo info, long maxStreamBytes) {
        if (classes.isEmpty()) {
            return Verdict.rejected(info.serialClass() == null ? "a Java-serialized object"
                    : "the class " + info.serialClass().getTypeName());
        }
        if (info.depth() > maxDepth) {
            return Verdict.rejected("objects nested " + info.depth() + " deep, where " + name + " has at most "
                    + maxDepth);
        }
        if (info.references() > maxReferences) {
            return Verdict.rejected("more than " + maxReferences + " objects, where " + name + " needs at most "
                    + maxReferences);
        }
        if (info.streamBytes() > maxStreamBytes) {
            return Verdict.rejected("a stream longer than its " + maxStreamBytes + " bytes");
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Verdict.UNDECIDED; // a back reference: the limits above were all there was to check
        }
        if (type.isArray()) {
            if (!primitiveArrays.contains(type)) {
                return Verdict.rejected("the class " + type.getTypeName());
            }
            long length = info.arrayLength();
            long bytes = length < 0 ? 0 : length * elementBytes(type.getComponentType());
            if (bytes > maxStreamBytes) {
                return Verdict.rejected("an array of " + length + " elements (" + bytes
                        + " bytes) declared in a stream of at most " + maxStreamBytes + " bytes");
            }
            return Verdict.ALLOWED;
        }
        return classes.contains(type.getName()) ? Verdict.ALLOWED : Verdict.rejected("the class " + type.getName());
    }

    private static long elementBytes(Class<?> primitive) {
        if (primitive == double.class || primitive == long.class) {
            return 8;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        if (primitive == short.class || primitive == char.class) {
            return 2;
        }
        return 1;
    }

    /** A filter decision and, for a rejection, what was refused. */
    record Verdict(Status status, String reason) {
        static final Verdict ALLOWED = new Verdict(Status.ALLOWED, null);
        static final Verdict UNDECIDED = new Verdict(Status.UNDECIDED, null);

        static Verdict rejected(String reason) {
            return new Verdict(Status.REJECTED, reason);
        }
    }
}

package org.mlgate.analysis.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Tribuo model file message by message before Tribuo sees it, and refuses it unless every class name in it
 * is allowed ({@link TribuoClassAllowList}) and it stays within {@link ModelFileLimits}.
 *
 * <p>The walk follows the protobuf wire format with the message types of {@link TribuoProtoSchema}, from
 * {@code tribuo.core.ModelProto} down, and into every {@code google.protobuf.Any} by its type URL, so nested models
 * (ensemble members, the inner model of a transformed model) and the provenance are checked like the top level. It
 * builds no message objects: its memory is the call stack of the nesting depth, whatever the file holds. It is
 * stricter than protobuf where Tribuo's files never go: a singular field written twice (protobuf would merge or
 * override it), groups, and {@code Any} contents of a type no Tribuo module defines are refused.
 *
 * <p>It also records what the load needs to know: whether the file embeds Java serialization (LibLinear) and how
 * long the longest such stream is, and it checks the few counts that Tribuo or LibSVM allocate from without
 * comparing them with the data present ({@link DeclaredSizes}).
 */
final class ModelFileInspector {

    /** The bytes fields of the bundled families that hold Java serialization (by full field name), and its format. */
    private static final Map<String, JavaSerializedFormat> JAVA_SERIALIZED_FIELDS = Map.of(
            "tribuo.common.liblinear.LibLinearModelProto.models", JavaSerializedFormat.LIBLINEAR);

    /** The string fields that name classes, in Tribuo's redirect messages and in OLCUT's provenance. */
    private static final Set<String> CLASS_NAME_FIELDS = Set.of("class_name", "provenance_class_name", "additional");

    /** The most threads a model may ask for when it predicts (k-NN); real models use about as many as there are cores. */
    static final int MAX_THREADS = 256;

    private final byte[] bytes;
    private final ModelFileLimits limits;
    private long messages;
    private int deepest;
    private final List<String> modelClasses = new ArrayList<>();
    private JavaSerializedFormat javaFormat = JavaSerializedFormat.NONE;
    private long longestJavaStream;
    /** Provenance and enum class names already checked in this file (a model repeats the same few many times). */
    private final Map<String, Boolean> provenanceClasses = new HashMap<>();
    private final Map<String, Boolean> enumClasses = new HashMap<>();

    private ModelFileInspector(byte[] bytes, ModelFileLimits limits) {
        this.bytes = bytes;
        this.limits = limits;
    }

    /**
     * What a model file that passed inspection holds, as far as loading it is concerned.
     *
     * @param modelClass   the file's model class
     * @param modelClasses that class and then those of the models inside it (ensemble members, wrapped models)
     */
    record Inspection(String modelClass, List<String> modelClasses, JavaSerializedFormat javaFormat,
                      long longestJavaStream, long messages, int depth) {
    }

    /**
     * @throws ModelFileRejection with the reason, when the file is malformed, names a class outside the allow-list or
     *                            passes a limit
     */
    static Inspection inspect(byte[] bytes, ModelFileLimits limits) throws ModelFileRejection {
        ModelFileInspector inspector = new ModelFileInspector(bytes, limits);
        Descriptor modelProto = TribuoProtoSchema.type(TribuoProtoSchema.MODEL_PROTO);
        try {
            inspector.message(region(bytes, 0, bytes.length), 0, modelProto, 1);
        } catch (InvalidProtocolBufferException e) {
            throw ModelFileRejection.malformed("its protobuf data is damaged or truncated");
        } catch (IOException e) {
            throw ModelFileRejection.malformed("its protobuf data cannot be read (" + e.getMessage() + ")");
        }
        return new Inspection(inspector.modelClasses.get(0), List.copyOf(inspector.modelClasses), inspector.javaFormat,
                inspector.longestJavaStream, inspector.messages, inspector.deepest);
    }

    private static CodedInputStream region(byte[] bytes, int offset, int length) throws InvalidProtocolBufferException {
        CodedInputStream in = CodedInputStream.newInstance(bytes, offset, length);
        in.pushLimit(length);
        return in;
    }

    /**
     * Reads one message of {@code type} up to the current limit of {@code in}, a stream over {@link #bytes} that
     * starts at {@code base}.
     */
    private void message(CodedInputStream in, int base, Descriptor type, int depth)
            throws IOException, ModelFileRejection {
        enter(depth);
        BitSet seen = new BitSet();
        Map<String, String> names = new HashMap<>(4);
        Tally tally = DeclaredSizes.appliesTo(type) ? new Tally() : null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int wire = WireFormat.getTagWireType(tag);
            if (wire == WireFormat.WIRETYPE_START_GROUP || wire == WireFormat.WIRETYPE_END_GROUP) {
                throw ModelFileRejection.malformed("it contains a protobuf group, which Tribuo never writes");
            }
            FieldDescriptor field = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
            if (field == null || !wireTypeFits(field, wire)) {
                in.skipField(tag); // an unknown field: protobuf keeps it aside and Tribuo ignores it
                continue;
            }
            if (!field.isRepeated() && seen.get(field.getIndex())) {
                throw ModelFileRejection.malformed("its " + type.getName() + " sets " + field.getName()
                        + " twice, which Tribuo never writes");
            }
            seen.set(field.getIndex());
            switch (field.getJavaType()) {
                case MESSAGE -> {
                    int length = lengthOfNext(in);
                    int outer = in.pushLimit(length);
                    if (field.getMessageType().getFullName().equals(TribuoProtoSchema.ANY)) {
                        any(in, base, depth + 1);
                    } else {
                        message(in, base, field.getMessageType(), depth + 1);
                    }
                    in.popLimit(outer);
                    if (tally != null) {
                        tally.count(field.getName(), 1);
                    }
                }
                case STRING -> {
                    if (CLASS_NAME_FIELDS.contains(field.getName())) {
                        names.put(field.getName(), in.readStringRequireUtf8());
                    } else {
                        in.skipField(tag);
                    }
                }
                case BYTE_STRING -> {
                    int length = lengthOfNext(in);
                    in.skipRawBytes(length);
                    if (tally != null) {
                        tally.count(field.getName(), length); // the count of a bytes field is its length
                    }
                    JavaSerializedFormat format = JAVA_SERIALIZED_FIELDS.get(field.getFullName());
                    if (format != null) {
                        javaFormat = format; // LibLinear is the only one
                        longestJavaStream = Math.max(longestJavaStream, length);
                    }
                }
                default -> {
                    if (tally == null) {
                        in.skipField(tag);
                    } else {
                        tally.scalar(field, wire, in);
                    }
                }
            }
        }
        checkNames(type, names, depth);
        if (tally != null) {
            String problem = DeclaredSizes.check(type, tally);
            if (problem != null) {
                throw ModelFileRejection.refused(problem);
            }
        }
    }

    /** Reads a {@code google.protobuf.Any} and then its contents, by the type its URL names. */
    private void any(CodedInputStream in, int base, int depth) throws IOException, ModelFileRejection {
        enter(depth);
        String typeUrl = null;
        int valueStart = -1;
        int valueLength = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int number = WireFormat.getTagFieldNumber(tag);
            int wire = WireFormat.getTagWireType(tag);
            if (wire == WireFormat.WIRETYPE_START_GROUP || wire == WireFormat.WIRETYPE_END_GROUP) {
                throw ModelFileRejection.malformed("it contains a protobuf group, which Tribuo never writes");
            }
            if (wire != WireFormat.WIRETYPE_LENGTH_DELIMITED || (number != 1 && number != 2)) {
                in.skipField(tag);
            } else if ((number == 1 && typeUrl != null) || (number == 2 && valueStart >= 0)) {
                throw ModelFileRejection.malformed("an Any in it sets a field twice, which Tribuo never writes");
            } else if (number == 1) {
                typeUrl = in.readStringRequireUtf8();
            } else {
                valueLength = lengthOfNext(in);
                valueStart = base + in.getTotalBytesRead();
                in.skipRawBytes(valueLength);
            }
        }
        if (typeUrl == null) {
            if (valueStart >= 0 && valueLength > 0) {
                throw ModelFileRejection.malformed("an Any in it has contents but no type");
            }
            return; // an empty Any: Tribuo refuses it when it unpacks it
        }
        String typeName = typeUrl.substring(typeUrl.lastIndexOf('/') + 1);
        Descriptor type = TribuoProtoSchema.type(typeName);
        if (type == null || type.getFullName().equals(TribuoProtoSchema.ANY)) {
            throw ModelFileRejection.refused("holds a message of type " + quoted(typeName)
                    + ", which no Tribuo module on mlgate's classpath defines");
        }
        int start = Math.max(valueStart, 0);
        message(region(bytes, start, valueStart < 0 ? 0 : valueLength), start, type, depth + 1);
    }

    private void enter(int depth) throws ModelFileRejection {
        if (++messages > limits.maxMessages()) {
            throw ModelFileRejection.refused(String.format(Locale.ROOT, "holds more than %,d protobuf messages",
                    limits.maxMessages()));
        }
        if (depth > limits.maxDepth()) {
            throw ModelFileRejection.refused("nests its messages more than " + limits.maxDepth() + " deep");
        }
        deepest = Math.max(deepest, depth);
    }

    private static int lengthOfNext(CodedInputStream in) throws IOException {
        int length = in.readRawVarint32();
        if (length < 0 || length > in.getBytesUntilLimit()) {
            throw new InvalidProtocolBufferException("a length runs past the end of its message");
        }
        return length;
    }

    private static boolean wireTypeFits(FieldDescriptor field, int wire) {
        if (wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
            return field.getLiteType().getWireType() == WireFormat.WIRETYPE_LENGTH_DELIMITED || field.isPackable();
        }
        return field.getLiteType().getWireType() == wire;
    }

    /** The class names of this message, checked before anything resolves them. */
    private void checkNames(Descriptor type, Map<String, String> names, int depth) throws ModelFileRejection {
        String typeName = type.getFullName();
        if (type.findFieldByName("class_name") != null) {
            String className = names.getOrDefault("class_name", "");
            if (className.isEmpty() && typeName.equals(TribuoProtoSchema.MODEL_PROTO)) {
                throw ModelFileRejection.malformed("it holds no model class name, so it is not a Tribuo model file");
            }
            if (!TribuoClassAllowList.isAllowedRedirectClass(typeName, className)) {
                if (typeName.equals(TribuoProtoSchema.MODEL_PROTO) && className.startsWith("org.tribuo.")) {
                    throw ModelFileRejection.unsupported(className);
                }
                throw ModelFileRejection.refused("names the class " + quoted(className) + " in a " + type.getName()
                        + ", which is not a class mlgate loads from model files");
            }
            if (typeName.equals(TribuoProtoSchema.MODEL_PROTO)) {
                modelClasses.add(depth == 1 ? 0 : modelClasses.size(), className); // the file's own model first
            }
        }
        switch (typeName) {
            case "olcut.ObjectProvenanceProto" -> {
                String provenance = names.getOrDefault("provenance_class_name", "");
                if (!isProvenanceClass(provenance)) {
                    throw refusedProvenance(provenance);
                }
            }
            case "olcut.SimpleProvenanceProto" -> {
                String provenance = names.getOrDefault("provenance_class_name", "");
                if (!TribuoClassAllowList.PRIMITIVE_PROVENANCE.contains(provenance) && !isProvenanceClass(provenance)) {
                    throw refusedProvenance(provenance);
                }
                String additional = names.getOrDefault("additional", "");
                if (provenance.equals(TribuoClassAllowList.ENUM_PROVENANCE)
                        && !enumClasses.computeIfAbsent(additional, TribuoClassAllowList::isEnumClass)) {
                    throw ModelFileRejection.refused("names the class " + quoted(additional) + " as the enum of a "
                            + "provenance value, which is not an enum of Tribuo or OLCUT");
                }
            }
            default -> {
                // no class names here
            }
        }
    }

    private boolean isProvenanceClass(String name) {
        return provenanceClasses.computeIfAbsent(name, TribuoClassAllowList::isProvenanceClass);
    }

    private static ModelFileRejection refusedProvenance(String className) {
        return ModelFileRejection.refused("names the class " + quoted(className) + " in its provenance, which is not "
                + "a provenance class of Tribuo or OLCUT on mlgate's classpath");
    }

    private static String quoted(String name) {
        String shown = name.length() > 200 ? name.substring(0, 200) + "..." : name;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    /**
     * Counts, sums, minima and products of the fields of one message that {@link DeclaredSizes} checks; the count of a
     * bytes field is its length.
     */
    static final class Tally {
        private final Map<String, long[]> fields = new HashMap<>(); // name -> {count, sum, minimum, product}

        private long[] field(String name) {
            return fields.computeIfAbsent(name, k -> new long[] {0, 0, Long.MAX_VALUE, 1});
        }

        void count(String field, long n) {
            field(field)[0] += n;
        }

        long count(String field) {
            long[] f = fields.get(field);
            return f == null ? 0 : f[0];
        }

        long sum(String field) {
            long[] f = fields.get(field);
            return f == null ? 0 : f[1];
        }

        /** The smallest value of an integer field, 0 when it has none. */
        long min(String field) {
            long[] f = fields.get(field);
            return f == null || f[0] == 0 ? 0 : f[2];
        }

        /** The product of an integer field's values, at most {@code Long.MAX_VALUE}; 1 when it has none. */
        long product(String field) {
            long[] f = fields.get(field);
            return f == null ? 1 : f[3];
        }

        /** The field's value when it is singular (its sum, as it occurs once). */
        long value(String field) {
            return sum(field);
        }

        void scalar(FieldDescriptor field, int wire, CodedInputStream in) throws IOException {
            long[] f = field(field.getName());
            if (wire != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                add(f, read(field, in));
                return;
            }
            int length = lengthOfNext(in); // packed
            int outer = in.pushLimit(length);
            while (!in.isAtEnd()) {
                add(f, read(field, in));
            }
            in.popLimit(outer);
        }

        private static void add(long[] f, long value) {
            f[0]++;
            f[1] += value; // at most 2^28 values of at most 2^32 each: no overflow
            f[2] = Math.min(f[2], value);
            f[3] = value <= 0 ? 0 : f[3] > Long.MAX_VALUE / value ? Long.MAX_VALUE : f[3] * value;
        }

        private static long read(FieldDescriptor field, CodedInputStream in) throws IOException {
            return switch (field.getType()) {
                case INT32 -> in.readInt32();
                case INT64 -> in.readInt64();
                case UINT32 -> in.readUInt32() & 0xFFFFFFFFL;
                case UINT64 -> in.readUInt64();
                case SINT32 -> in.readSInt32();
                case SINT64 -> in.readSInt64();
                case FIXED32 -> in.readFixed32() & 0xFFFFFFFFL;
                case SFIXED32 -> in.readSFixed32();
                case FIXED64 -> in.readFixed64();
                case SFIXED64 -> in.readSFixed64();
                case BOOL -> in.readBool() ? 1 : 0;
                case ENUM -> in.readEnum();
                case DOUBLE -> {
                    in.readDouble();
                    yield 0;
                }
                case FLOAT -> {
                    in.readFloat();
                    yield 0;
                }
                default -> throw new IllegalStateException("not a scalar: " + field.getFullName());
            };
        }
    }

    /**
     * The counts that Tribuo or the libraries it wraps allocate from without comparing them with the data present:
     * a dense matrix's shape (Tribuo compares the product of the dimensions with the values held, but in an int that
     * overflows: 65536 x 65537 passes as 65536 values, and {@code new double[65536][65537]} is 32 GB), LibSVM's
     * coefficient rows ({@code new double[len]} for each declared length, before any is filled), its number of
     * support vectors and classes (arrays of that size on every prediction), and k-NN's neighbour count and threads.
     * Real models always satisfy these.
     */
    static final class DeclaredSizes {
        private static final String DENSE_TENSOR = "tribuo.math.impl.DenseTensorProto";
        private static final String SVM_MODEL = "tribuo.common.libsvm.SVMModelProto";
        private static final String KNN_MODEL = "tribuo.common.nearest.KNNModelProto";
        private static final String BRUTE_FORCE = "tribuo.math.impl.BruteForceFactoryProto";
        private static final String KD_TREE = "tribuo.math.impl.KDTreeFactoryProto";

        static boolean appliesTo(Descriptor type) {
            return switch (type.getFullName()) {
                case DENSE_TENSOR, SVM_MODEL, KNN_MODEL, BRUTE_FORCE, KD_TREE -> true;
                default -> false;
            };
        }

        /** Null when the counts are consistent, else what is wrong. */
        static String check(Descriptor type, Tally t) {
            switch (type.getFullName()) {
                case DENSE_TENSOR -> {
                    long values = t.count("values") / Double.BYTES;
                    if (t.min("dimensions") <= 0 || t.product("dimensions") != values) {
                        long declared = t.product("dimensions");
                        return "declares a dense tensor of " + (declared == Long.MAX_VALUE ? "more than 2^63"
                                : String.valueOf(declared)) + " values (the product of its " + t.count("dimensions")
                                + " dimensions), but holds " + values;
                    }
                    return null;
                }
                case SVM_MODEL -> {
                    long coefficients = t.count("sv_coef");
                    if (t.min("sv_coef_lengths") < 0 || t.sum("sv_coef_lengths") > coefficients) {
                        return "declares LibSVM coefficient rows of " + t.sum("sv_coef_lengths") + " values in all, but "
                                + "holds " + coefficients;
                    }
                    if (t.value("l") < 0 || t.value("l") > t.count("SV")) {
                        return "declares " + t.value("l") + " LibSVM support vectors, but holds " + t.count("SV");
                    }
                    long classes = Math.max(2, t.count("label"));
                    if (t.value("nr_class") < 0 || t.value("nr_class") > classes) {
                        return "declares " + t.value("nr_class") + " LibSVM classes, but holds " + t.count("label")
                                + " labels";
                    }
                    return null;
                }
                case KNN_MODEL -> {
                    if (t.value("k") > Math.max(1, t.count("vectors"))) {
                        return "asks for the " + t.value("k") + " nearest neighbours among " + t.count("vectors")
                                + " stored examples";
                    }
                    return threads(t.value("num_threads"));
                }
                case BRUTE_FORCE, KD_TREE -> {
                    return threads(t.value("numThreads"));
                }
                default -> {
                    return null;
                }
            }
        }

        private static String threads(long threads) {
            return threads > MAX_THREADS ? "asks for " + threads + " threads to predict with (mlgate allows up to "
                    + MAX_THREADS + ")" : null;
        }
    }
}

package org.mlgate.analysis.model;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ONNX model file (protobuf {@code onnx.ModelProto}) field by field before ONNX Runtime sees it, builds no
 * message, and refuses what a model scored in-process must not have:
 * <ul>
 *   <li>tensors whose data lives in other files ({@code external_data}, {@code data_location = EXTERNAL}): ONNX
 *       Runtime would open those paths, relative to the working directory, for a model given as bytes;</li>
 *   <li>operators outside the standard domains ({@code ai.onnx}, {@code ai.onnx.ml}): a custom domain is code that is
 *       not ONNX Runtime's (a custom-op library), or a model-local function;</li>
 *   <li>more messages or deeper nesting than {@link ModelFileLimits} allows (subgraphs of If, Loop and Scan nest).</li>
 * </ul>
 * It also collects what ONNX Runtime does not expose: the producer, the metadata, and the class labels of the
 * classifier and ZipMap operators of the main graph, by the names of the outputs they write.
 */
final class OnnxModelInspector {

    /** The operator domains of the ONNX standard; {@code ""} is ai.onnx. */
    static final Set<String> STANDARD_DOMAINS = Set.of("", "ai.onnx", "ai.onnx.ml");

    private static final int EXTERNAL = 1;

    private final ModelFileLimits limits;
    private long messages;
    private String producer = "";
    private String producerVersion = "";
    private final Map<String, String> metadata = new LinkedHashMap<>();
    /** Class labels of the main graph's operators that have them, by each output the operator writes. */
    private final Map<String, List<String>> classLabelsByOutput = new LinkedHashMap<>();
    private final List<String> zipMapOutputs = new ArrayList<>();
    private long nodes;

    private OnnxModelInspector(ModelFileLimits limits) {
        this.limits = limits;
    }

    /**
     * What the file holds, as far as mlgate needs it.
     *
     * @param producer           "skl2onnx 1.16.0", or empty when the file does not say
     * @param metadata           the model's metadata_props
     * @param classLabelsByOutput class labels of the main graph's classifier and ZipMap operators, by each output
     *                           they write, in the operator's class order (int64 labels as decimal text)
     * @param zipMapOutputs      the outputs written by ZipMap operators
     * @param nodes              how many operators the model has, subgraphs included
     */
    record Inspection(String producer, Map<String, String> metadata, Map<String, List<String>> classLabelsByOutput,
                      List<String> zipMapOutputs, long nodes) {
    }

    static Inspection inspect(byte[] bytes, ModelFileLimits limits) throws ModelFileRejection {
        OnnxModelInspector inspector = new OnnxModelInspector(limits);
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            in.setSizeLimit(bytes.length);
            inspector.model(in);
        } catch (InvalidProtocolBufferException e) {
            throw malformed("its protobuf data is damaged or truncated");
        } catch (IOException e) {
            throw malformed("its protobuf data cannot be read (" + e.getMessage() + ")");
        }
        if (inspector.nodes == 0) {
            throw malformed("it has no graph with operators");
        }
        String producer = (inspector.producer + " " + inspector.producerVersion).strip();
        return new Inspection(producer, Map.copyOf(inspector.metadata), Map.copyOf(inspector.classLabelsByOutput),
                List.copyOf(inspector.zipMapOutputs), inspector.nodes);
    }

    static ModelFileRejection malformed(String why) {
        return ModelFileRejection.malformedAs("an ONNX model", why, "export the model to ONNX again (for scikit-learn, "
                + "with skl2onnx)");
    }

    private void enter(int depth) throws ModelFileRejection {
        if (++messages > limits.maxMessages()) {
            throw ModelFileRejection.refusedBefore("ONNX Runtime", "has more than " + limits.maxMessages()
                    + " protobuf messages");
        }
        if (depth > limits.maxDepth()) {
            throw ModelFileRejection.refusedBefore("ONNX Runtime", "nests messages deeper than " + limits.maxDepth()
                    + " levels");
        }
    }

    /** Runs {@code body} over the length-delimited message that follows in {@code in}. */
    private void nested(CodedInputStream in, Body body) throws IOException, ModelFileRejection {
        int length = in.readRawVarint32();
        if (length < 0) {
            throw malformed("a message has a negative length");
        }
        int outer = in.pushLimit(length);
        body.read();
        if (!in.isAtEnd()) {
            throw malformed("a message ends inside a field");
        }
        in.popLimit(outer);
    }

    private interface Body {
        void read() throws IOException, ModelFileRejection;
    }

    private static boolean delimited(int tag) {
        return WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
    }

    private static void checkWire(int tag) throws ModelFileRejection {
        int wire = WireFormat.getTagWireType(tag);
        if (wire == WireFormat.WIRETYPE_START_GROUP || wire == WireFormat.WIRETYPE_END_GROUP) {
            throw malformed("it contains a protobuf group, which ONNX never writes");
        }
    }

    // onnx.ModelProto
    private void model(CodedInputStream in) throws IOException, ModelFileRejection {
        enter(1);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 2 && delimited(tag)) {
                producer = in.readString();
            } else if (field == 3 && delimited(tag)) {
                producerVersion = in.readString();
            } else if (field == 7 && delimited(tag)) {
                nested(in, () -> graph(in, 2, true));
            } else if (field == 14 && delimited(tag)) {
                nested(in, () -> metadataEntry(in));
            } else if (field == 20 && delimited(tag)) {
                nested(in, () -> trainingInfo(in, 2));
            } else if (field == 25 && delimited(tag)) {
                nested(in, () -> function(in, 2));
            } else {
                in.skipField(tag);
            }
        }
    }

    private void metadataEntry(CodedInputStream in) throws IOException, ModelFileRejection {
        enter(2);
        String key = "";
        String value = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 && delimited(tag)) {
                key = in.readString();
            } else if (field == 2 && delimited(tag)) {
                value = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        metadata.put(key, value);
    }

    // onnx.TrainingInfoProto: initialization (1) and algorithm (2) are graphs.
    private void trainingInfo(CodedInputStream in, int depth) throws IOException, ModelFileRejection {
        enter(depth);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if ((field == 1 || field == 2) && delimited(tag)) {
                nested(in, () -> graph(in, depth + 1, false));
            } else {
                in.skipField(tag);
            }
        }
    }

    // onnx.FunctionProto: node (7)
    private void function(CodedInputStream in, int depth) throws IOException, ModelFileRejection {
        enter(depth);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            if (WireFormat.getTagFieldNumber(tag) == 7 && delimited(tag)) {
                nested(in, () -> node(in, depth + 1, false));
            } else {
                in.skipField(tag);
            }
        }
    }

    // onnx.GraphProto: node (1), initializer (5), sparse_initializer (15)
    private void graph(CodedInputStream in, int depth, boolean main) throws IOException, ModelFileRejection {
        enter(depth);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 && delimited(tag)) {
                nested(in, () -> node(in, depth + 1, main));
            } else if (field == 5 && delimited(tag)) {
                nested(in, () -> tensor(in, depth + 1));
            } else if (field == 15 && delimited(tag)) {
                nested(in, () -> sparseTensor(in, depth + 1));
            } else {
                in.skipField(tag);
            }
        }
    }

    // onnx.NodeProto: output (2), op_type (4), attribute (5), domain (7)
    private void node(CodedInputStream in, int depth, boolean main) throws IOException, ModelFileRejection {
        enter(depth);
        nodes++;
        List<String> outputs = new ArrayList<>(2);
        String opType = "";
        String domain = "";
        Map<String, List<String>> labels = new LinkedHashMap<>(2);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 2 && delimited(tag)) {
                outputs.add(in.readString());
            } else if (field == 4 && delimited(tag)) {
                opType = in.readString();
            } else if (field == 7 && delimited(tag)) {
                domain = in.readString();
            } else if (field == 5 && delimited(tag)) {
                nested(in, () -> attribute(in, depth + 1, labels));
            } else {
                in.skipField(tag);
            }
        }
        if (!STANDARD_DOMAINS.contains(domain)) {
            throw ModelFileRejection.refusedBefore("ONNX Runtime", "uses the operator " + shorten(opType)
                    + " of the domain '"
                    + shorten(domain) + "', outside the ONNX standard (ai.onnx, ai.onnx.ml): a custom operator or a "
                    + "model-local function");
        }
        if (main) {
            List<String> classes = labels.getOrDefault("classlabels_strings", labels.get("classlabels_int64s"));
            if (classes != null && !classes.isEmpty()) {
                for (String output : outputs) {
                    classLabelsByOutput.put(output, List.copyOf(classes));
                }
            }
            if (opType.equals("ZipMap") && !outputs.isEmpty()) {
                zipMapOutputs.add(outputs.get(0));
            }
        }
    }

    // onnx.AttributeProto: name (1), t (5), g (6), ints (8), strings (9), tensors (10), graphs (11),
    // sparse_tensor (22), sparse_tensors (23)
    private void attribute(CodedInputStream in, int depth, Map<String, List<String>> labels)
            throws IOException, ModelFileRejection {
        enter(depth);
        String name = "";
        List<String> strings = new ArrayList<>();
        List<String> ints = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 && delimited(tag)) {
                name = in.readString();
            } else if ((field == 5 || field == 10) && delimited(tag)) {
                nested(in, () -> tensor(in, depth + 1));
            } else if ((field == 6 || field == 11) && delimited(tag)) {
                nested(in, () -> graph(in, depth + 1, false));
            } else if ((field == 22 || field == 23) && delimited(tag)) {
                nested(in, () -> sparseTensor(in, depth + 1));
            } else if (field == 9 && delimited(tag)) {
                strings.add(in.readBytes().toString(StandardCharsets.UTF_8));
            } else if (field == 8 && delimited(tag)) {
                int length = in.readRawVarint32();
                int outer = in.pushLimit(length);
                while (!in.isAtEnd()) {
                    ints.add(Long.toString(in.readInt64()));
                }
                in.popLimit(outer);
            } else if (field == 8 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
                ints.add(Long.toString(in.readInt64()));
            } else {
                in.skipField(tag);
            }
        }
        if (name.equals("classlabels_strings")) {
            labels.put(name, strings);
        } else if (name.equals("classlabels_int64s")) {
            labels.put(name, ints);
        }
    }

    // onnx.SparseTensorProto: values (1) and indices (2) are tensors
    private void sparseTensor(CodedInputStream in, int depth) throws IOException, ModelFileRejection {
        enter(depth);
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if ((field == 1 || field == 2) && delimited(tag)) {
                nested(in, () -> tensor(in, depth + 1));
            } else {
                in.skipField(tag);
            }
        }
    }

    // onnx.TensorProto: name (8), external_data (13), data_location (14)
    private void tensor(CodedInputStream in, int depth) throws IOException, ModelFileRejection {
        enter(depth);
        String name = "";
        boolean external = false;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            checkWire(tag);
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 8 && delimited(tag)) {
                name = in.readString();
            } else if (field == 13) {
                external = true;
                in.skipField(tag);
            } else if (field == 14 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
                external |= in.readEnum() == EXTERNAL;
            } else {
                in.skipField(tag);
            }
        }
        if (external) {
            throw ModelFileRejection.refusedBefore("ONNX Runtime", "has a tensor '" + shorten(name)
                    + "' that keeps its data in another file "
                    + "(external data), which mlgate does not open");
        }
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}

package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.BadRows;
import org.mlgate.analysis.data.CsvTable;

/**
 * ONNX and XGBoost model files are untrusted input as Tribuo's are: each attack ends, within about a second in the
 * 512 MB test JVM, with one sentence that names the file, before the library reads what it must not.
 */
class HostileExternalModelFilesTest {

    @TempDir
    Path dir;

    private static final Path ONNX = OnnxModelTest.DIR;
    private static final Path XGBOOST = XgboostModelTest.DIR;

    private static String onnxFails(Path file, ModelFileLimits limits) {
        return assertThrows(InputException.class,
                () -> OnnxModelLoader.load(file, null, ModelOptions.DEFAULT, limits).close()).getMessage();
    }

    private static String xgboostFails(Path file, ModelFileLimits limits) {
        return assertThrows(InputException.class,
                () -> XgboostModelLoader.load(file, null, ModelOptions.DEFAULT, limits)).getMessage();
    }

    private static void assertStarts(String expected, String message) {
        assertTrue(message.startsWith(expected), message);
    }

    // ------------------------------------------------------------------ ONNX

    @Test
    void anOnnxOperatorOfACustomDomainIsRefusedBeforeOnnxRuntimeReadsTheFile() {
        Path file = ONNX.resolve("hostile-custom-domain.onnx");
        assertStarts("The model file " + file + " uses the operator Exploit of the domain 'com.example.ops', outside "
                + "the ONNX standard (ai.onnx, ai.onnx.ml): a custom operator or a model-local function, so mlgate "
                + "refused it before ONNX Runtime read it;", onnxFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anOnnxTensorWithExternalDataIsRefused() {
        Path file = ONNX.resolve("hostile-external-data.onnx");
        assertStarts("The model file " + file + " has a tensor 'w' that keeps its data in another file (external "
                + "data), which mlgate does not open, so mlgate refused it", onnxFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void aTruncatedOnnxFileIsNotAModel() throws IOException {
        byte[] bytes = Files.readAllBytes(ONNX.resolve("wine-logistic-zipmap.onnx"));
        Path file = Files.write(dir.resolve("truncated.onnx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertStarts("The model file " + file + " is not an ONNX model that mlgate can read (its protobuf data is "
                + "damaged or truncated); export the model to ONNX again", onnxFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void aTextFileIsNotAnOnnxModel() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.onnx"), "x,y,label\n1,2,a\n");
        assertStarts("The model file " + file + " is not an ONNX model that mlgate can read (",
                onnxFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anOnnxFileAboveTheSizeLimitIsNotRead() {
        Path file = ONNX.resolve("wine-logistic-zipmap.onnx");
        assertStarts("The model file " + file + " is 0.0 MB, larger than the 0.0 MB that mlgate reads from a model "
                + "file;", onnxFails(file, new ModelFileLimits(100, 4_000_000, 32, Duration.ofSeconds(120))));
    }

    @Test
    void deeplyNestedOnnxSubgraphsAreRefused() throws IOException {
        // Model { graph { node { attribute { g { node { attribute { g { ... } } } } } } } }, 60 subgraphs deep.
        byte[] graph = field(1, field(4, "Identity".getBytes()));
        for (int i = 0; i < 60; i++) {
            graph = field(1, concat(field(4, "If".getBytes()), field(5, field(6, graph))));
        }
        Path file = Files.write(dir.resolve("deep.onnx"), field(7, graph));
        assertStarts("The model file " + file + " nests messages deeper than 32 levels, so mlgate refused it before "
                + "ONNX Runtime read it;", onnxFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anOnnxFileWithMoreMessagesThanTheLimitIsRefused() {
        Path file = ONNX.resolve("wine-logistic-zipmap.onnx");
        assertStarts("The model file " + file + " has more than 5 protobuf messages, so mlgate refused it",
                onnxFails(file, new ModelFileLimits(1 << 20, 5, 32, Duration.ofSeconds(120))));
    }

    @Test
    void anOnnxLoadWithoutTimeIsAbandonedWithASentence() {
        Path file = ONNX.resolve("wine-logistic-zipmap.onnx");
        assertStarts("The model file " + file + " did not load within 0 seconds, so mlgate stopped waiting for it;",
                onnxFails(file, ModelFileLimits.DEFAULT.withLoadTime(Duration.ZERO)));
    }

    @Test
    void anOnnxGraphThatLoopsWithoutEndIsStoppedWhenItsRunOverrunsTheBudget() throws IOException {
        Path data = Files.writeString(dir.resolve("x.csv"), "x,y\n1.0,2.0\n");
        Path file = ONNX.resolve("hostile-endless-loop.onnx");
        long start = System.nanoTime();
        OnnxModel model = OnnxModelLoader.load(file, null, ModelOptions.DEFAULT,
                ModelFileLimits.DEFAULT.withLoadTime(Duration.ofSeconds(1)));
        BadRows badRows = new BadRows(BadRowPolicy.FAIL);
        try (TabularScoredRowSource source = new TabularScoredRowSource(model, CsvTable.open(data, badRows), "y",
                badRows, List.of())) {
            InputException e = assertThrows(InputException.class, () -> source.nextBatch(10));
            assertEquals("The model " + file + " took more than 1 seconds to score 1 row, so mlgate stopped it; "
                    + "only use model files from a trusted source, or evaluate a predictions file instead.",
                    e.getMessage());
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped within 10 seconds");
    }

    // ------------------------------------------------------------------ XGBoost

    private Path editedXgboost(String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(XGBOOST.resolve("cancer-binary.json").toFile());
        edit.accept(root);
        return Files.write(dir.resolve(name), mapper.writeValueAsBytes(root));
    }

    private static ObjectNode firstTree(ObjectNode root) {
        return (ObjectNode) root.at("/learner/gradient_booster/model/trees/0");
    }

    @Test
    void anXgboostTreeWhoseChildIsItsRootIsNotATree() throws IOException {
        Path file = editedXgboost("cycle.json", root -> ((ArrayNode) firstTree(root).get("left_children")).set(3, 0));
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (tree 0 reaches node 0 "
                + "twice, so it is not a tree);", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anXgboostChildOutsideItsTreeIsRefused() throws IOException {
        Path file = editedXgboost("child.json", root -> ((ArrayNode) firstTree(root).get("right_children"))
                .set(0, 1_000_000));
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (tree 0 right child "
                + "of node 0 is 1000000, outside 0 to 14);", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anXgboostSplitOnAFeatureTheModelDoesNotHaveIsRefused() throws IOException {
        Path file = editedXgboost("feature.json", root -> ((ArrayNode) firstTree(root).get("split_indices"))
                .set(0, 10));
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (tree 0 split feature "
                + "of node 0 is 10, outside 0 to 9);", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void xgboostCategoricalSplitsAreSaidToBeUnsupported() throws IOException {
        Path file = editedXgboost("categorical.json", root -> ((ArrayNode) firstTree(root).get("split_type"))
                .set(0, 1));
        assertStarts("The model file " + file + " holds an XGBoost model with categorical splits, which mlgate does "
                + "not evaluate yet;", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anXgboostLinearBoosterIsSaidToBeUnsupported() throws IOException {
        Path file = editedXgboost("linear.json", root -> ((ObjectNode) root.at("/learner/gradient_booster"))
                .put("name", "gblinear"));
        assertStarts("The model file " + file + " holds an XGBoost gblinear model; mlgate evaluates XGBoost's tree "
                + "boosters (gbtree, dart)", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void anXgboostRankingObjectiveIsSaidToBeUnsupported() throws IOException {
        Path file = editedXgboost("rank.json", root -> ((ObjectNode) root.at("/learner/objective"))
                .put("name", "rank:pairwise"));
        assertStarts("The model file " + file + " holds an XGBoost model with the objective rank:pairwise, which "
                + "mlgate does not evaluate;", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"learner\":" + "[".repeat(100_000));
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (its JSON is damaged: ",
                xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void aUbjsonCountLargerThanTheFileIsRefusedBeforeAnythingIsAllocated() throws IOException {
        // {  L<6>learner  [$d#L<2^40>  : a typed array of a trillion floats in a 30-byte file
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        out.write('i');
        out.write(7);
        out.write("learner".getBytes());
        out.write(new byte[] {'[', '$', 'd', '#', 'L', 0, 0, 1, 0, 0, 0, 0, 0});
        Path file = Files.write(dir.resolve("count.ubj"), out.toByteArray());
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (its UBJSON declares "
                + "1099511627776 items with only 0 bytes left);", xgboostFails(file, ModelFileLimits.DEFAULT));
    }

    @Test
    void aTruncatedUbjsonFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(XGBOOST.resolve("cancer-binary.ubj"));
        Path file = Files.write(dir.resolve("truncated.ubj"), Arrays.copyOf(bytes, bytes.length - 100));
        // Cut inside a typed array: the count says more than the bytes left.
        assertStarts("The model file " + file + " is not an XGBoost model that mlgate can read (its UBJSON declares ",
                xgboostFails(file, ModelFileLimits.DEFAULT));
        Path cut = Files.write(dir.resolve("cut.ubj"), Arrays.copyOf(bytes, 40));
        assertStarts("The model file " + cut + " is not an XGBoost model that mlgate can read (its UBJSON is "
                + "truncated);", xgboostFails(cut, ModelFileLimits.DEFAULT));
    }

    @Test
    void anXgboostLoadWithoutTimeIsAbandonedWithASentence() {
        Path file = XGBOOST.resolve("cancer-binary.json");
        assertStarts("The model file " + file + " did not load within 0 seconds, so mlgate stopped waiting for it;",
                xgboostFails(file, ModelFileLimits.DEFAULT.withLoadTime(Duration.ZERO)));
    }

    // ------------------------------------------------------------------ protobuf by hand

    private static byte[] field(int number, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) number << 3 | 2);
        varint(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

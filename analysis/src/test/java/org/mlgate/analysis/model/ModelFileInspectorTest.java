package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.protos.core.ModelProto;

/** What the inspection finds in real model files, and what it lets through as protobuf would. */
class ModelFileInspectorTest {

    @TempDir
    Path dir;

    private ModelProto model(String family) throws Exception {
        return ModelFamilies.train(ModelFamilies.named(family), dir).serialize();
    }

    @Test
    void aLibLinearModelNeedsTheLibLinearFormatUpToItsLongestStream() throws Exception {
        ModelProto model = model("LibLinear");
        ModelFileInspector.Inspection inspection = ModelFileInspector.inspect(model.toByteArray(),
                ModelFileLimits.DEFAULT);
        assertEquals(JavaSerializedFormat.LIBLINEAR, inspection.javaFormat());
        assertEquals(model.getSerializedData().unpack(org.tribuo.common.liblinear.protos.LibLinearModelProto.class)
                .getModels(0).size(), inspection.longestJavaStream());
    }

    @Test
    void otherModelsNeedNoJavaSerialization() throws Exception {
        assertEquals(JavaSerializedFormat.NONE, ModelFileInspector.inspect(model("LibSVM").toByteArray(),
                ModelFileLimits.DEFAULT).javaFormat());
    }

    @Test
    void anEnsembleListsItsMembersModelClasses() throws Exception {
        ModelFileInspector.Inspection inspection = ModelFileInspector.inspect(model("random forest").toByteArray(),
                ModelFileLimits.DEFAULT);
        assertEquals("org.tribuo.ensemble.WeightedEnsembleModel", inspection.modelClass());
        assertEquals(List.of("org.tribuo.common.tree.TreeModel"), inspection.modelClasses().subList(1, 4).stream()
                .distinct().toList());
    }

    @Test
    void theDeepestBundledModelIsWellWithinTheDepthLimit() throws Exception {
        int deepest = 0;
        for (ModelFamilies.Family family : ModelFamilies.all()) {
            deepest = Math.max(deepest, ModelFileInspector.inspect(model(family.name()).toByteArray(),
                    ModelFileLimits.DEFAULT).depth());
        }
        assertTrue(deepest <= ModelFileLimits.DEFAULT.maxDepth() / 2, "deepest: " + deepest);
    }

    @Test
    void unknownFieldsAreSkippedAsProtobufSkipsThem() throws Exception {
        // a newer Tribuo may add fields: protobuf keeps them aside and the model loads
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model("logistic regression (SGD)").writeTo(bytes);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeString(15, "org.apache.commons.collections.functors.InvokerTransformer");
        out.writeUInt64(16, 42);
        out.flush();
        assertEquals("org.tribuo.classification.sgd.linear.LinearSGDModel",
                ModelFileInspector.inspect(bytes.toByteArray(), ModelFileLimits.DEFAULT).modelClass());
    }
}

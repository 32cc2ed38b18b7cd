package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.InputException;

/** The model's format is the POM's modelFormat, else told by the file's extension. */
class ModelFormatTest {

    @Test
    void theExtensionTellsTheFormat() {
        assertEquals(ModelFormat.ONNX, ModelFormat.of(null, Path.of("model/churn.ONNX")));
        assertEquals(ModelFormat.XGBOOST, ModelFormat.of("auto", Path.of("model/churn.json")));
        assertEquals(ModelFormat.XGBOOST, ModelFormat.of("", Path.of("churn.ubj")));
        assertEquals(ModelFormat.TRIBUO, ModelFormat.of(null, Path.of("churn.tribuo")));
        assertEquals(ModelFormat.TRIBUO, ModelFormat.of(null, Path.of("churn.model")));
    }

    @Test
    void modelFormatOverridesTheExtension() {
        assertEquals(ModelFormat.XGBOOST, ModelFormat.of(" XGBoost ", Path.of("model.bin")));
        assertEquals(ModelFormat.ONNX, ModelFormat.of("onnx", Path.of("model.bin")));
        assertEquals(ModelFormat.TRIBUO, ModelFormat.of("tribuo", Path.of("model.json")));
    }

    @Test
    void anUnknownModelFormatIsOneSentence() {
        InputException e = assertThrows(InputException.class, () -> ModelFormat.of("pickle", Path.of("m.pkl")));
        assertEquals("Parameter modelFormat (ml.modelFormat) is 'pickle'; set it to auto (by the file's extension), "
                + "tribuo, onnx or xgboost.", e.getMessage());
    }

    @Test
    void aTribuoModelNamesItsOwnFeaturesAndClasses() {
        SourceRequest request = SourceRequest.forModel(TestModels.resource("iris-logistic.tribuo"),
                TestModels.resource("iris-validation.csv")).withModelOptions(
                ModelOptions.DEFAULT.withFeatureColumns(List.of("petalLength")));
        InputException e = assertThrows(InputException.class, () -> ScoredRowSources.open(request).close());
        assertTrue(e.getMessage().startsWith("featureColumns and labels are for ONNX and XGBoost models; the Tribuo "
                + "model "), e.getMessage());
    }
}

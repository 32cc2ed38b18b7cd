package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.BadRowPolicy;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/** Each way the model-mode input can be wrong gives one InputException that names the file and what to do. */
class ModelModeBadInputTest {

    @TempDir
    Path dir;

    private static void readAll(ScoredRowSource source) {
        for (List<ScoredRow> b = source.nextBatch(100); !b.isEmpty(); b = source.nextBatch(100)) {
            // reading only
        }
    }

    private InputException openFails(SourceRequest request) {
        return assertThrows(InputException.class, () -> ScoredRowSources.open(request).close());
    }

    private InputException readFails(SourceRequest request) {
        return assertThrows(InputException.class, () -> {
            try (ScoredRowSource source = ScoredRowSources.open(request)) {
                readAll(source);
            }
        });
    }

    @Test
    void aMissingModelFile() throws IOException {
        Path model = dir.resolve("nothing.tribuo");
        Path data = TestModels.write(dir, "v.csv", TestModels.NUMERIC_CSV);
        assertTrue(openFails(SourceRequest.forModel(model, data)).getMessage()
                .startsWith("The model file " + model + " does not exist or is not a file;"));
    }

    @Test
    void aFileThatIsNotATribuoModel() throws IOException {
        Path notAModel = TestModels.write(dir, "model.tribuo", "x,y,label\n1,2,a\n");
        Path data = TestModels.write(dir, "v.csv", TestModels.NUMERIC_CSV);
        String message = openFails(SourceRequest.forModel(notAModel, data)).getMessage();
        assertTrue(message.startsWith("The model file " + notAModel + " is not a Tribuo model that mlgate can read ("), message);
        assertTrue(message.endsWith("save the model with Model.serializeToFile (Tribuo 4.3 or later) or evaluate a "
                + "predictions file instead."), message);
    }

    @Test
    void aClassificationModelWhenTheTaskSaysRegression() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", TestModels.NUMERIC_CSV);
        assertEquals("The model file " + model + " holds a classification model "
                + "(org.tribuo.classification.sgd.linear.LinearSGDModel), but the task is set to regression; remove the "
                + "task parameter or use a regression model.",
                openFails(SourceRequest.forModel(model, data).withTask(Task.REGRESSION)).getMessage());
    }

    @Test
    void aMissingValidationFile() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = dir.resolve("missing.csv");
        assertTrue(openFails(SourceRequest.forModel(model, data)).getMessage()
                .startsWith("The data file " + data + " does not exist;"));
    }

    @Test
    void aMissingLabelColumnListsTheColumns() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,class\n1,0,up\n");
        assertEquals("The validation file " + data + " has no label column 'label' (its columns are 'x', 'y', 'class'); "
                + "set labelColumn to the column with the true values.",
                openFails(SourceRequest.forModel(model, data)).getMessage());
    }

    @Test
    void aHeaderOnlyValidationFile() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n");
        assertTrue(openFails(SourceRequest.forModel(model, data)).getMessage()
                .contains("has a header row but no data rows"));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsNamesItsLine() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n1,0,up\n0,1\n");
        assertEquals("Line 3 of " + data + " has 2 cells but the header has 3. Fix the row, or set onBadRow to skip "
                + "to leave such rows out.", readFails(SourceRequest.forModel(model, data)).getMessage());
    }

    @Test
    void anEmptyLabelNamesItsLine() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n1,0,up\n0,1,\n");
        assertTrue(readFails(SourceRequest.forModel(model, data)).getMessage()
                .startsWith("Line 3 of " + data + " has an empty label column 'label'."));
    }

    @Test
    void aNonNumericRegressionActualNamesLineAndColumn() throws IOException {
        Path model = TestModels.linearRegression(dir);
        Path data = TestModels.write(dir, "v.csv", "x,target\n0.5,2.0\n0.7,big\n");
        assertEquals("Line 3 of " + data + " has 'big' in the label column 'target', which is not a number, but the "
                + "model is a regression model. Fix the row, or set onBadRow to skip to leave such rows out.",
                readFails(SourceRequest.forModel(model, data).withLabelColumn("target")).getMessage());
    }

    @Test
    void aRowWithNoUsableValueNamesItsLine() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n1,0,up\n,,down\n");
        assertTrue(readFails(SourceRequest.forModel(model, data)).getMessage()
                .startsWith("Line 3 of " + data + " has no value the model can use"));
    }

    @Test
    void badRowsAreSkippedAndCountedWhenAsked() throws IOException {
        Path model = TestModels.logisticOnNumeric(dir);
        Path data = TestModels.write(dir, "v.csv", "x,y,label\n1,0,up\n0,1\n0,1,\n0.1,1,down\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data)
                .withOnBadRow(BadRowPolicy.SKIP))) {
            readAll(source);
            assertEquals(2, source.dataInfo().rows());
            assertEquals(2, source.dataInfo().skippedRows());
            assertEquals(List.of("Skipped 2 bad rows (onBadRow=skip): 1 with the wrong number of cells (line 3); "
                    + "1 with an empty label (line 4)."), source.notes());
        }
    }

    @Test
    void bothModesAtOnceIsAnError() {
        SourceRequest both = new SourceRequest(Path.of("m"), Path.of("v.csv"), Path.of("p.csv"), null, null, null, null, null);
        assertTrue(openFails(both).getMessage().startsWith("Both a model (with validation data) and a predictions file"));
    }

    @Test
    void neitherModeIsAnError() {
        SourceRequest none = new SourceRequest(null, null, null, null, null, null, null, null);
        assertTrue(openFails(none).getMessage().startsWith("Nothing to evaluate: set model and validationData"));
    }

    @Test
    void aModelWithoutValidationDataIsAnError() {
        assertTrue(openFails(SourceRequest.forModel(Path.of("m.tribuo"), null)).getMessage()
                .startsWith("model is set but validationData is not"));
    }

    @Test
    void validationDataWithoutAModelIsAnError() {
        assertTrue(openFails(SourceRequest.forModel(null, Path.of("v.csv"))).getMessage()
                .startsWith("validationData is set but model is not"));
    }
}

package org.mlgate.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.data.ScoredRowSource;

/** How columns reach a model's features: bare numeric, col@value numeric, and one-hot col@category. */
class FeatureMappingTest {

    @TempDir
    Path dir;

    private static List<ScoredRow> readAll(ScoredRowSource source) {
        List<ScoredRow> rows = new ArrayList<>();
        for (List<ScoredRow> b = source.nextBatch(3); !b.isEmpty(); b = source.nextBatch(3)) {
            rows.addAll(b);
        }
        return rows;
    }

    /** Cells as the reader hands them over: trimmed, and parsed once. */
    private static FeatureMapping.MappedRow map(FeatureMapping mapping, String[] raw) {
        String[] cells = new String[raw.length];
        double[] numbers = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            cells[i] = raw[i].trim();
            numbers[i] = org.mlgate.analysis.data.CellNumbers.parse(cells[i]);
        }
        return mapping.map(cells, numbers);
    }

    @Test
    void mapsOneHotCategoriesAndValueFeaturesByTribuosNames() {
        FeatureMapping mapping = FeatureMapping.of(Path.of("m"), Path.of("d"), List.of("colour", "size", "label"), 2,
                List.of("colour@red", "colour@blue", "size@value"));
        FeatureMapping.MappedRow row = map(mapping, new String[] {"red", "1.5", "hot"});
        assertEquals(List.of("colour@red", "size@value"), List.of(row.names()));
        assertEquals(List.of(1.0, 1.5), List.of(row.values()[0], row.values()[1]));
        assertEquals(List.of(), row.unmatchedColumns());
    }

    @Test
    void mapsABareNumericFeatureToItsColumn() {
        FeatureMapping mapping = FeatureMapping.of(Path.of("m"), Path.of("d"), List.of("x", "label"), 1, List.of("x"));
        FeatureMapping.MappedRow row = map(mapping, new String[] {" 2.5 ", "a"});
        assertEquals(List.of("x"), List.of(row.names()));
        assertEquals(2.5, row.values()[0]);
    }

    @Test
    void anEmptyCellOrUnseenCategoryGivesNoFeatureAndIsReported() {
        FeatureMapping mapping = FeatureMapping.of(Path.of("m"), Path.of("d"), List.of("colour", "size", "label"), 2,
                List.of("colour@red", "size@value"));
        FeatureMapping.MappedRow row = map(mapping, new String[] {"green", "", "hot"});
        assertEquals(0, row.names().length);
        assertEquals(List.of("colour", "size"), row.unmatchedColumns());
    }

    @Test
    void aColumnNameWithAnAtSignStillMapsItsCategories() {
        FeatureMapping mapping = FeatureMapping.of(Path.of("m"), Path.of("d"), List.of("e@mail", "label"), 1,
                List.of("e@mail@yes"));
        assertEquals(List.of("e@mail@yes"), List.of(map(mapping, new String[] {"yes", "a"}).names()));
    }

    @Test
    void theLabelColumnNeverProvidesAFeature() {
        InputException e = assertThrows(InputException.class, () -> FeatureMapping.of(Path.of("m.tribuo"),
                Path.of("d.csv"), List.of("x", "label"), 1, List.of("x", "label")));
        assertEquals("The model m.tribuo uses the feature 'label' that no column of d.csv provides; add a column "
                + "named after it (a one-hot feature c@v comes from a column c).", e.getMessage());
    }

    @Test
    void aCategoricalModelScoresRowsFromATrainingStyleFile() throws IOException {
        Path model = TestModels.logisticOnCategorical(dir);
        Path data = TestModels.write(dir, "valid.csv", "colour,size,label\nred,1.0,hot\nblue,1.0,cold\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data))) {
            List<ScoredRow> rows = readAll(source);
            // FieldResponseProcessor upper-cases labels by default, so the model speaks HOT and COLD.
            assertEquals(List.of("COLD", "HOT"), source.modelLabels());
            assertEquals(List.of("HOT", "COLD"), rows.stream().map(ScoredRow::predictedLabel).toList());
            assertEquals(List.of(), source.notes());
        }
    }

    @Test
    void rowsWithUnseenCategoriesOrEmptyCellsArePredictedAndCountedInTheNotes() throws IOException {
        Path model = TestModels.logisticOnCategorical(dir);
        Path data = TestModels.write(dir, "valid.csv",
                "colour,size,label\nred,1.0,hot\ngreen,1.0,cold\nblue,,cold\nred,1.1,hot\n");
        try (ScoredRowSource source = ScoredRowSources.open(SourceRequest.forModel(model, data))) {
            assertEquals(4, readAll(source).size());
            assertEquals(List.of("2 rows had values the model never saw or empty cells in columns 'colour', 'size' "
                    + "and were predicted from their other features."), source.notes());
        }
    }

    @Test
    void aModelFeatureThatNoColumnProvidesIsAnError() throws IOException {
        Path model = TestModels.logisticOnCategorical(dir);
        Path data = TestModels.write(dir, "valid.csv", "size,label\n1.0,hot\n");
        InputException e = assertThrows(InputException.class,
                () -> ScoredRowSources.open(SourceRequest.forModel(model, data)));
        assertEquals("The model " + model + " uses 2 features 'colour@blue', 'colour@red' that no column of " + data
                + " provides; add columns named after them (a one-hot feature c@v comes from a column c).", e.getMessage());
    }
}

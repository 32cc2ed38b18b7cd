package org.mlgate.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.csv.CSVLoader;
import org.tribuo.evaluation.TrainTestSplitter;

class TrainingFactsTest {
    @TempDir
    Path dir;

    @Test
    void readsTrainingFileAndHashFromTheModelProvenance() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, Fixtures.rows(100, 1));
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.train(csv), null);
        assertEquals(csv.toString(), facts.trainingDataPath());
        assertTrue(Fixtures.sha256(csv).equalsIgnoreCase(facts.trainingDataSha256()));
        assertNull(facts.split());
    }

    @Test
    void aTransformedModelHasNoRangesBecauseItsStatisticsAreOfTheTransformedFeatures() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, Fixtures.rows(200, 1));
        var source = new CSVLoader<>(new LabelFactory()).loadDataSource(csv, "label");
        var scaling = new org.tribuo.transform.TransformationMap(List.of(
                new org.tribuo.transform.transformations.LinearScalingTransformation(0, 1)));
        var trainer = new org.tribuo.transform.TransformTrainer<>(
                new org.tribuo.classification.sgd.linear.LogisticRegressionTrainer(), scaling);
        var model = trainer.train(new org.tribuo.MutableDataset<>(source));
        TrainingFacts facts = TrainingFacts.fromModel(model, null);
        assertEquals(Set.of("x1", "x2"), new HashSet<>(facts.featureNames()));
        assertTrue(facts.numericRanges().isEmpty(), facts.numericRanges().toString());
    }

    @Test
    void readsClassCountsFeatureNamesAndNumericRanges() throws Exception {
        List<String[]> rows = Fixtures.rows(100, 1);
        Path csv = Fixtures.writeCsv(dir.resolve("train.csv"), Fixtures.COLUMNS, rows);
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.train(csv), null);
        long yes = rows.stream().filter(r -> r[2].equals("yes")).count();
        assertEquals(yes, facts.labelCounts().get("yes"));
        assertEquals(100 - yes, facts.labelCounts().get("no"));
        assertEquals(Set.of("x1", "x2"), new HashSet<>(facts.featureNames()));
        double max = rows.stream().mapToDouble(r -> Double.parseDouble(r[0])).max().orElseThrow();
        assertEquals(max, facts.numericRanges().get("x1").max(), 1e-9);
    }

    @Test
    void readsTheRecordedTrainTestSplit() throws Exception {
        Path csv = Fixtures.writeCsv(dir.resolve("all.csv"), Fixtures.COLUMNS, Fixtures.rows(100, 1));
        TrainingFacts facts = TrainingFacts.fromModel(Fixtures.trainOnSplit(csv, 0.7, 42L), null);
        assertEquals(new TrainingSplit(42L, 0.7, 100, true), facts.split());
        assertEquals(csv.toString(), facts.trainingDataPath());
        assertTrue(Fixtures.sha256(csv).equalsIgnoreCase(facts.trainingDataSha256()));
    }

    @Test
    void splitModelRowsAreTheRowsTribuoPutInTheTrainPart() throws Exception {
        List<String[]> rows = Fixtures.rows(100, 1);
        Path csv = Fixtures.writeCsv(dir.resolve("all.csv"), Fixtures.COLUMNS, rows);
        var source = new CSVLoader<>(new LabelFactory()).loadDataSource(csv, "label");
        var splitter = new TrainTestSplitter<>(source, 0.7, 42L);
        Set<String> trainX1 = new HashSet<>();
        for (Example<Label> example : splitter.getTrain()) {
            for (Feature feature : example) {
                if (feature.getName().equals("x1")) {
                    trainX1.add(Fixtures.fmt(feature.getValue()));
                }
            }
        }
        BitSet modelRows = new TrainingSplit(42L, 0.7, 100, true).modelRows();
        assertEquals(70, modelRows.cardinality());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(trainX1.contains(rows.get(i)[0]), modelRows.get(i), "row " + i);
        }
    }

    @Test
    void noneKnowsNothing() {
        TrainingFacts none = TrainingFacts.none();
        assertFalse(none.known());
        assertTrue(none.labelCounts().isEmpty());
        assertNull(none.trainingDataSha256());
    }
}

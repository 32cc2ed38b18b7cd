package org.mlgate.analysis.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the off-diagonal cells of the confusion matrix with their mean confidence and earliest examples. Memory:
 * one entry per (actual, predicted) pair that occurs, each with at most {@code examplesPerPair} examples. Examples
 * are the rows with the smallest {@link org.mlgate.analysis.data.ScoredRow#index()}, so a merge of chunks keeps
 * the same examples as one pass over the whole.
 */
final class ConfusionPairCounter {

    record Key(String actual, String predicted) {
    }

    record Example(long index, Object name) {
    }

    static final class Cell {
        long count;
        double confidenceSum;
        long confidenceCount;
        final List<Example> examples = new ArrayList<>();
    }

    final int examplesPerPair;
    final Map<Key, Cell> cells = new HashMap<>();
    long errors;

    ConfusionPairCounter(int examplesPerPair) {
        this.examplesPerPair = examplesPerPair;
    }

    /** One wrong prediction; {@code confidence} is NaN when unknown; {@code name} is the line or id. */
    void addMistake(String actual, String predicted, double confidence, long index, Object name) {
        Cell cell = cells.computeIfAbsent(new Key(actual, predicted), k -> new Cell());
        cell.count++;
        errors++;
        if (!Double.isNaN(confidence)) {
            cell.confidenceSum += confidence;
            cell.confidenceCount++;
        }
        offerExample(cell, new Example(index, name));
    }

    private void offerExample(Cell cell, Example example) {
        List<Example> examples = cell.examples;
        if (examples.size() == examplesPerPair && (examplesPerPair == 0
                || examples.get(examples.size() - 1).index() <= example.index())) {
            return;
        }
        int at = examples.size();
        while (at > 0 && examples.get(at - 1).index() > example.index()) {
            at--;
        }
        examples.add(at, example);
        if (examples.size() > examplesPerPair) {
            examples.remove(examples.size() - 1);
        }
    }

    void merge(ConfusionPairCounter other) {
        other.cells.forEach((key, theirs) -> {
            Cell mine = cells.computeIfAbsent(key, k -> new Cell());
            mine.count += theirs.count;
            mine.confidenceSum += theirs.confidenceSum;
            mine.confidenceCount += theirs.confidenceCount;
            theirs.examples.forEach(e -> offerExample(mine, e));
        });
        errors += other.errors;
    }

    long errors() {
        return errors;
    }

    /** Every pair, largest count first; ties by actual then predicted label so the order is stable. */
    List<ConfusionPair> pairs() {
        List<ConfusionPair> pairs = new ArrayList<>();
        cells.forEach((key, cell) -> pairs.add(new ConfusionPair(key.actual(), key.predicted(), cell.count,
                (double) cell.count / errors,
                cell.confidenceCount == cell.count && cell.count > 0 ? cell.confidenceSum / cell.confidenceCount : null,
                cell.examples.stream().map(Example::name).toList())));
        pairs.sort(Comparator.comparingLong(ConfusionPair::count).reversed()
                .thenComparing(ConfusionPair::actual, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ConfusionPair::predicted, Comparator.nullsFirst(Comparator.naturalOrder())));
        return pairs;
    }
}

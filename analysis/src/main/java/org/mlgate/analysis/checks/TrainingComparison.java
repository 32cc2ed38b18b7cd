package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/**
 * One pass over the training rows that marks the validation hash tables: rows that occur in training, rows whose
 * features occur there with another label, groups on both sides, and the newest training time. Needs no memory
 * per training row (besides the reproduced split, 4 bytes per row while it is built).
 *
 * <p>When the model's provenance records a {@code TrainTestSplitter} split and the file has the recorded number
 * of rows, only the rows of the part the model was trained on count as training rows.
 */
final class TrainingComparison {
    /**
     * Distinct training rows hashed before the table samples (2^19 slots, 7 MB); the sample keeps whole patterns, so
     * the chance comparison stays valid, only on fewer rows.
     */
    static final int TRAINING_MAX_DISTINCT = 350_000;
    /** More distinct training labels than this are not classes: label shift is then not measured. */
    static final int MAX_LABELS = 10_000;
    final String source;
    /** Feature or label columns the training file lacks: rows cannot be compared. */
    final List<String> missingColumns = new ArrayList<>();
    /** The group or time column, when the training file lacks it. */
    final List<String> missingRoleColumns = new ArrayList<>();
    long rowsRead;
    long rowsCompared;
    /** True when a recorded split was reproduced; false with a split means the file has another row count. */
    boolean splitApplied;
    final List<Map<String, Object>> overlapExamples = new ArrayList<>();
    final List<Map<String, Object>> conflictExamples = new ArrayList<>();
    final List<String> groupExamples = new ArrayList<>();
    long overlappingGroups;
    /** The training rows as hashes, for what a random split would overlap ({@link ChanceOverlap}). */
    final RowHashes trainingHashes = new RowHashes(TRAINING_MAX_DISTINCT);
    /** Training rows per label (classification), or empty when the labels were too many to be classes. */
    final Map<String, Long> labelCounts = new LinkedHashMap<>();
    boolean tooManyLabels;
    /**
     * A sample of the training rows, cells in the validation's feature-column order (null where the training file
     * lacks the column), for the single-column checks: a proxy of the label is one in training too, and the training
     * rows tell a near-perfect column from a strong one where a small validation set cannot.
     */
    final RowSample sample;
    double newestTime = Double.NEGATIVE_INFINITY;
    String newestTimeText;

    private TrainingComparison(String source, int columns) {
        this.source = source;
        this.sample = new RowSample(RowSample.capacityFor(columns));
    }

    static TrainingComparison run(TrainingRows training, DataChecks checks) {
        TrainingComparison comparison = new TrainingComparison(training.source(), checks.featureColumns().size());
        List<String> columns = training.columns();
        List<String> features = checks.featureColumns();
        int[] hashed = checks.hashedColumns();
        int[] trainingIndex = new int[hashed.length];
        for (int i = 0; i < hashed.length; i++) {
            trainingIndex[i] = columns.indexOf(features.get(hashed[i]));
            if (trainingIndex[i] < 0) {
                comparison.missingColumns.add(features.get(hashed[i]));
            }
        }
        int labelIndex = columns.indexOf(training.labelColumn());
        if (labelIndex < 0) {
            comparison.missingColumns.add(training.labelColumn());
        }
        String groupColumn = checks.options().groupColumn();
        String timeColumn = checks.options().timeColumn();
        int groupIndex = groupColumn == null ? -1 : columns.indexOf(groupColumn);
        int timeIndex = timeColumn == null ? -1 : columns.indexOf(timeColumn);
        if (groupColumn != null && groupIndex < 0) {
            comparison.missingRoleColumns.add(groupColumn);
        }
        if (timeColumn != null && timeIndex < 0) {
            comparison.missingRoleColumns.add(timeColumn);
        }
        int[] featureIndex = features.stream().mapToInt(columns::indexOf).toArray();
        TrainingSplit split = checks.facts().split();
        long[] labelHashes = checks.labelHashes();
        BitSet[] modelRows = new BitSet[1];
        long[] position = {0};
        training.forEachRow((line, cells) -> {
            long at = position[0]++;
            if (at == 0 && split != null) {
                modelRows[0] = split.modelRows();
            }
            if (modelRows[0] != null && (at >= split.size() || !modelRows[0].get((int) at))) {
                return;
            }
            comparison.rowsCompared++;
            if (labelIndex >= 0 && checks.task() == Task.CLASSIFICATION) {
                comparison.countLabel(cells[labelIndex]);
            }
            if (labelIndex >= 0 && labelIndex < cells.length) {
                comparison.sample(at, cells, featureIndex, labelIndex, checks.task());
            }
            if (comparison.missingColumns.isEmpty()) {
                comparison.compareRow(line, cells, trainingIndex, labelIndex, labelHashes, checks);
            }
            if (groupIndex >= 0 && groupIndex < cells.length && cells[groupIndex] != null
                    && !cells[groupIndex].isBlank()) {
                if (checks.groups().mark(RowHasher.cell(cells[groupIndex]), 1)) {
                    comparison.overlappingGroups++;
                    if (comparison.groupExamples.size() < RowHashes.MAX_EXAMPLES) {
                        comparison.groupExamples.add(cells[groupIndex].trim());
                    }
                }
            }
            if (timeIndex >= 0 && timeIndex < cells.length) {
                double time = TimeCells.parse(cells[timeIndex], training.source(), line, timeColumn);
                TimeCells.Kind kind = TimeCells.kindOf(cells[timeIndex]);
                if (kind != null && checks.times().kind() != null && kind != checks.times().kind()) {
                    throw new InputException(training.source() + " line " + line + ": the time column '"
                            + timeColumn + "' holds " + (kind == TimeCells.Kind.DATE ? "a date" : "a number")
                            + " where the validation data holds " + (kind == TimeCells.Kind.DATE ? "numbers" : "dates")
                            + "; use the same kind of time in both files.");
                }
                if (time > comparison.newestTime) {
                    comparison.newestTime = time;
                    comparison.newestTimeText = cells[timeIndex].trim();
                }
            }
        });
        comparison.rowsRead = position[0];
        comparison.splitApplied = split != null && position[0] == split.size();
        return comparison;
    }

    private void sample(long position, String[] cells, int[] featureIndex, int labelIndex, Task task) {
        String label = cells[labelIndex] == null ? "" : cells[labelIndex].trim();
        if (label.isEmpty()) {
            return;
        }
        double value = task == Task.REGRESSION ? NumberCells.parse(label) : Double.NaN;
        if (task == Task.REGRESSION && Double.isNaN(value)) {
            return;
        }
        String[] aligned = new String[featureIndex.length];
        for (int i = 0; i < aligned.length; i++) {
            int at = featureIndex[i];
            aligned[i] = at >= 0 && at < cells.length && cells[at] != null ? cells[at].trim() : null;
        }
        sample.add(position, aligned, task == Task.CLASSIFICATION ? label : null, value);
    }

    private void countLabel(String cell) {
        if (tooManyLabels || cell == null || cell.isBlank()) {
            return;
        }
        labelCounts.merge(cell.trim(), 1L, Long::sum);
        if (labelCounts.size() > MAX_LABELS) {
            tooManyLabels = true;
            labelCounts.clear();
        }
    }

    /** What a random split of these rows would overlap, against what the validation rows do. */
    ChanceOverlap chanceOverlap(RowHashes validation) {
        int bits = Math.max(validation.sampleBits(), trainingHashes.sampleBits());
        double share = (double) validation.rows() / (validation.rows() + rowsCompared);
        return ChanceOverlap.of(validation.table(), trainingHashes.table(), bits, share);
    }

    private void compareRow(long line, String[] cells, int[] trainingIndex, int labelIndex, long[] labelHashes,
                            DataChecks checks) {
        long featureHash = RowHasher.start();
        for (int index : trainingIndex) {
            featureHash = RowHasher.fold(featureHash, RowHasher.cell(index < cells.length ? cells[index] : null));
        }
        long labelHash = RowHasher.cell(cells[labelIndex]);
        trainingHashes.count(RowHashes.rowHash(featureHash, labelHash));
        LongCounts table = checks.rowHashes().table();
        if (table.mark(RowHashes.rowHash(featureHash, labelHash), RowHashes.IN_TRAINING)) {
            addExample(overlapExamples, line, cells, trainingIndex, labelIndex, checks);
        }
        for (long other : labelHashes) {
            if (other != labelHash
                    && table.mark(RowHashes.rowHash(featureHash, other), RowHashes.OTHER_LABEL_IN_TRAINING)) {
                addExample(conflictExamples, line, cells, trainingIndex, labelIndex, checks);
            }
        }
    }

    private void addExample(List<Map<String, Object>> examples, long line, String[] cells, int[] trainingIndex,
                            int labelIndex, DataChecks checks) {
        if (examples.size() >= RowHashes.MAX_EXAMPLES) {
            return;
        }
        Map<String, String> row = new LinkedHashMap<>();
        int[] hashed = checks.hashedColumns();
        for (int i = 0; i < trainingIndex.length && i < DataChecks.PREVIEW_COLUMNS; i++) {
            row.put(checks.featureColumns().get(hashed[i]), cells[trainingIndex[i]]);
        }
        row.put(checks.options().labelColumn() == null ? "label" : checks.options().labelColumn(), cells[labelIndex]);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("trainingLine", line);
        example.put("row", row);
        examples.add(example);
    }
}

package org.mlgate.analysis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;
import org.mlgate.analysis.data.ScoredBatch;
import org.mlgate.analysis.data.ScoredRow;
import org.mlgate.analysis.report.CheckResult;

/**
 * The data checks (leakage, imbalance, integrity) over one pass of the validation rows and, optionally, one pass
 * of the training rows at the end.
 *
 * <p>Memory: the validation rows are kept as 64-bit hashes (at most 2^21 table slots, about 27 MB, however many rows: see
 * {@link RowHashes}), a sample of {@value RowSample#DEFAULT_CAPACITY} rows for the column checks, 8 bytes per row
 * for the times when a time column is set, and counters per class and column. Training rows cost nothing per row.
 *
 * <p>Parallel use: {@link #fork} gives an empty instance for the next chunk of rows (it logs its row hashes instead of
 * counting them), and {@link #merge} adds such a chunk after everything before it, so the result is the same as one
 * pass in row order: counts, hashes, sample and times merge exactly; monotonic columns and the duplicate examples
 * (the first rows that repeat an earlier one) need the order, which the merge keeps. Call {@link #result} once,
 * after all rows and merges.
 *
 * <p>The id, group and time columns must be among {@code featureColumns} to be checked. The id column is left out
 * of the row hashes, so rows that differ only in their id still count as duplicates or overlap.
 */
public final class DataChecks {
    static final int PREVIEW_COLUMNS = 8;

    private final Task task;
    private final List<String> featureColumns;
    private final TrainingFacts facts;
    /** Not final: the validation file's digest is known only after its last row, see {@link #result(Optional, double, String)}. */
    private ChecksOptions options;
    private final int[] hashedColumns;
    private final int groupIndex;
    private final int timeIndex;
    private final String[] rangeFeature;
    private final NumericRange[] rangeOfColumn;

    /** The table of row hashes; null in a fork, which logs its hashes for the merge instead. */
    private final RowHashes rowHashes;
    final HashLog hashLog;
    private final RowSample sample;
    private final MonotonicColumn[] monotonic;
    private final TimeValues times = new TimeValues();
    private final LongCounts groups = new LongCounts();
    private final Map<String, Long> labelCounts = new LinkedHashMap<>();
    // Package-private for ChecksState, which reads and restores them for the partial states.
    final long[] outside;
    final long[] checked;
    long predicted;
    long correct;

    public DataChecks(Task task, List<String> featureColumns, TrainingFacts facts, ChecksOptions options) {
        this(task, featureColumns, facts, options, null);
    }

    /** @param parent the instance this one is a fork of, or null */
    private DataChecks(Task task, List<String> featureColumns, TrainingFacts facts, ChecksOptions options,
                       DataChecks parent) {
        boolean fork = parent != null;
        this.rowHashes = fork ? null : new RowHashes();
        this.hashLog = fork ? new HashLog() : null;
        this.sample = fork ? parent.sample.fork() : new RowSample(RowSample.capacityFor(featureColumns.size()));
        this.task = task;
        this.featureColumns = List.copyOf(featureColumns);
        this.facts = facts;
        this.options = options;
        int idIndex = options.idColumn() == null ? -1 : featureColumns.indexOf(options.idColumn());
        this.hashedColumns = IntStream.range(0, featureColumns.size())
                .filter(i -> i != idIndex).toArray();
        this.groupIndex = roleIndex("group", options.groupColumn());
        this.timeIndex = roleIndex("time", options.timeColumn());
        this.monotonic = new MonotonicColumn[featureColumns.size()];
        for (int i = 0; i < monotonic.length; i++) {
            monotonic[i] = new MonotonicColumn();
        }
        this.rangeFeature = new String[featureColumns.size()];
        this.rangeOfColumn = new NumericRange[featureColumns.size()];
        facts.numericRanges().forEach((feature, range) -> {
            int column = featureColumns.indexOf(feature.endsWith("@value")
                    ? feature.substring(0, feature.length() - "@value".length()) : feature);
            if (column >= 0) {
                rangeFeature[column] = feature;
                rangeOfColumn[column] = range;
            }
        });
        this.outside = new long[featureColumns.size()];
        this.checked = new long[featureColumns.size()];
    }

    private int roleIndex(String role, String column) {
        if (column == null) {
            return -1;
        }
        int index = featureColumns.indexOf(column);
        if (index < 0) {
            throw new InputException("The " + role + " column '" + column + "' is not among the columns of the"
                    + " validation data " + featureColumns + "; name one of them, or leave the " + role
                    + " column unset.");
        }
        return index;
    }

    /** An empty instance for a chunk of rows that {@link #merge} will add after this one's. */
    public DataChecks fork() {
        return new DataChecks(task, featureColumns, facts, options, this);
    }

    /** Adds one validation row; its cells are aligned with the feature columns. */
    public void add(ScoredRow row) {
        add(ScoredBatch.of(List.of(row)));
    }

    /** Adds scored rows in file order, reading each cell's number from the batch. */
    public void add(ScoredBatch batch) {
        for (int r = 0; r < batch.size(); r++) {
            add(batch, r);
        }
    }

    private void add(ScoredBatch batch, int r) {
        ScoredRow row = batch.row(r);
        String[] cells = row.cells();
        if (cells.length != featureColumns.size()) {
            throw new IllegalArgumentException("row " + row.line() + " has " + cells.length + " cells for "
                    + featureColumns.size() + " feature columns");
        }
        long featureHash = RowHasher.start();
        for (int index : hashedColumns) {
            featureHash = RowHasher.fold(featureHash, RowHasher.cell(cells[index], batch.number(index, r)));
        }
        long labelHash = task == Task.CLASSIFICATION ? RowHasher.cell(row.actualLabel())
                : RowHasher.number(row.actualValue());
        long rowHash = RowHashes.rowHash(featureHash, labelHash);
        if (rowHashes != null) {
            rowHashes.add(rowHash, row.line(), () -> preview(row));
        } else {
            hashLog.add(rowHash, row.line(), () -> preview(row));
        }
        sample.add(row.index(), cells, row.actualLabel(), row.actualValue());
        for (int i = 0; i < cells.length; i++) {
            double value = batch.number(i, r);
            monotonic[i].add(value);
            if (rangeOfColumn[i] != null && !Double.isNaN(value)) {
                checked[i]++;
                outside[i] += rangeOfColumn[i].contains(value) ? 0 : 1;
            }
        }
        if (timeIndex >= 0) {
            String cell = cells[timeIndex];
            times.add(TimeCells.parse(cell, "the validation data", row.line(), options.timeColumn()),
                    TimeCells.kindOf(cell), row.line(), options.timeColumn());
        }
        if (groupIndex >= 0 && cells[groupIndex] != null && !cells[groupIndex].isBlank()) {
            groups.add(RowHasher.cell(cells[groupIndex], batch.number(groupIndex, r)), 1);
        }
        if (task == Task.CLASSIFICATION && row.actualLabel() != null) {
            labelCounts.merge(row.actualLabel(), 1L, Long::sum);
            if (row.predictedLabel() != null) {
                predicted++;
                correct += row.predictedLabel().equals(row.actualLabel()) ? 1 : 0;
            }
        }
    }

    /**
     * Adds the rows another instance (same columns, facts and options) has seen, as if they came after this one's;
     * see the class comment.
     */
    public void merge(DataChecks other) {
        if (!other.featureColumns.equals(featureColumns) || other.task != task) {
            throw new IllegalArgumentException("can only merge checks over the same columns and task");
        }
        if (rowHashes == null) {
            throw new IllegalStateException("a fork logs its rows for the instance it came from; merge into that");
        }
        if (other.hashLog != null) {
            other.hashLog.replayInto(rowHashes);
        } else {
            rowHashes.merge(other.rowHashes);
        }
        sample.merge(other.sample);
        for (int i = 0; i < monotonic.length; i++) {
            monotonic[i].merge(other.monotonic[i]);
            outside[i] += other.outside[i];
            checked[i] += other.checked[i];
        }
        times.merge(other.times);
        groups.addAll(other.groups);
        other.labelCounts.forEach((label, count) -> labelCounts.merge(label, count, Long::sum));
        predicted += other.predicted;
        correct += other.correct;
    }

    /**
     * The checks that apply, each with its status after the configured severity; checks set to {@code off} and
     * checks that do not apply (no training rows for overlap, regression for class checks) are absent.
     *
     * @param training          the training rows, read once, when the lead has them
     * @param modelAccuracyOrNaN the model's accuracy as the metrics computed it; NaN to count it from the rows
     */
    public List<CheckResult> result(Optional<TrainingRows> training, double modelAccuracyOrNaN,
                                    String validationSha256) {
        options = new ChecksOptions(validationSha256, options.labelColumn(), options.idColumn(),
                options.groupColumn(), options.timeColumn(), options.minorityRatio(), options.severities());
        return result(training, modelAccuracyOrNaN);
    }

    /** As {@link #result(Optional, double, String)} with the digest given in the options at construction. */
    public List<CheckResult> result(Optional<TrainingRows> training, double modelAccuracyOrNaN) {
        TrainingComparison comparison = training.map(rows -> TrainingComparison.run(rows, this)).orElse(null);
        List<Finding> findings = new ArrayList<>();
        LeakageFindings leakage = new LeakageFindings(this, comparison);
        findings.addAll(leakage.all());
        // What training held per class: the model's own record, else the training file's labels.
        Map<String, Long> trainingCounts = facts.labelCounts();
        String trainingSource = "the model's training record";
        if (trainingCounts.isEmpty() && comparison != null && !comparison.tooManyLabels) {
            trainingCounts = comparison.labelCounts;
            trainingSource = comparison.source;
        }
        if (task == Task.CLASSIFICATION) {
            double accuracy = Double.isNaN(modelAccuracyOrNaN) && predicted > 0 ? (double) correct / predicted
                    : modelAccuracyOrNaN;
            findings.addAll(new ImbalanceFindings(this, trainingCounts, trainingSource).all(accuracy));
        }
        findings.addAll(new IntegrityFindings(this, trainingCounts, trainingSource).all());
        List<CheckResult> results = new ArrayList<>();
        for (Finding finding : findings) {
            finding.apply(options).ifPresent(results::add);
        }
        return results;
    }

    Map<String, String> preview(ScoredRow row) {
        Map<String, String> preview = new LinkedHashMap<>();
        for (int i = 0; i < hashedColumns.length && i < PREVIEW_COLUMNS; i++) {
            preview.put(featureColumns.get(hashedColumns[i]), row.cells()[hashedColumns[i]]);
        }
        preview.put(options.labelColumn() == null ? "label" : options.labelColumn(),
                task == Task.CLASSIFICATION ? row.actualLabel() : Finding.number(row.actualValue()));
        return preview;
    }

    // Package-private views for the finding builders.
    Task task() { return task; }
    List<String> featureColumns() { return featureColumns; }
    TrainingFacts facts() { return facts; }
    ChecksOptions options() { return options; }
    int[] hashedColumns() { return hashedColumns; }
    RowHashes rowHashes() { return rowHashes; }
    RowSample sample() { return sample; }
    MonotonicColumn monotonic(int column) { return monotonic[column]; }
    TimeValues times() { return times; }
    LongCounts groups() { return groups; }
    Map<String, Long> labelCounts() { return labelCounts; }

    /**
     * The hashes of the validation labels (classification), for the other-label lookup of {@link RowHashes}; empty
     * past {@value #MAX_OTHER_LABELS} labels, where a lookup per label and training row would cost more than the
     * label-noise count it gives is worth.
     */
    long[] labelHashes() {
        return labelCounts.size() > MAX_OTHER_LABELS ? new long[0]
                : labelCounts.keySet().stream().mapToLong(RowHasher::cell).toArray();
    }

    static final int MAX_OTHER_LABELS = 50;
    String rangeFeature(int column) { return rangeFeature[column]; }
    NumericRange rangeOf(int column) { return rangeOfColumn[column]; }
    long outside(int column) { return outside[column]; }
    long checked(int column) { return checked[column]; }
}

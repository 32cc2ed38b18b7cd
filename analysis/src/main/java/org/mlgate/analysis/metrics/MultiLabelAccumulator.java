package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.InputException;

/**
 * Streams multi-label rows (the actual label set, the predicted label set, optional per-label scores) and computes
 * the multi-label metrics as scikit-learn 1.2.1 does on the label-indicator matrices whose columns are the union of
 * the labels seen ({@link MultiLabelResultBuilder} has the definitions). Accumulators of chunks merge into the result
 * of one pass.
 *
 * <p>Memory: per label three counters; per block of rows the bootstrap's sums ({@link MultiLabelBlocks}). With
 * scores, each row keeps its scores (8 bytes a scored label) and which scored labels are actual (a bit each), which
 * the exact per-label AUC and average precision need, as the classification metrics keep their probabilities.
 */
public final class MultiLabelAccumulator {
    private final List<String> scoreLabels;
    private final Map<String, Integer> scoreColumn = new HashMap<>();
    private final int width;
    private final int words;
    private final int maxLabels;

    private final List<String> codeLabels = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private long[] truePositives = new long[8];
    private long[] falsePositives = new long[8];
    private long[] falseNegatives = new long[8];

    private long rows;
    private long exactMatches;
    private long symmetricDifference;
    private long actualLabels;
    private long predictedLabels;
    private long emptyActual;
    private long emptyPredicted;
    private final CompensatedSum samplesPrecision = new CompensatedSum();
    private final CompensatedSum samplesRecall = new CompensatedSum();
    private final CompensatedSum samplesF1 = new CompensatedSum();
    private final CompensatedSum samplesJaccard = new CompensatedSum();
    private final CompensatedSum rankingPrecision = new CompensatedSum();
    /** Rows with an actual label that has no score: the label ranking of such a row cannot be judged. */
    private long rowsWithUnscoredLabel;
    private String firstUnscoredLabel;

    private final DoubleChunks scores = new DoubleChunks();
    private final IntChunks relevance = new IntChunks();
    private final MultiLabelBlocks blocks = new MultiLabelBlocks();

    /**
     * @param scoreLabels the labels of the score vectors passed to {@link #add}, in order; empty without scores
     * @param maxLabels   the most distinct labels accepted (more means the cells hold ids or free text)
     */
    public MultiLabelAccumulator(List<String> scoreLabels, int maxLabels) {
        if (scoreLabels.size() > maxLabels) {
            throw new InputException("There are " + scoreLabels.size() + " score columns, more than the " + maxLabels
                    + " labels mlgate accepts; check the probability prefix (probabilityPrefix), or raise maxClasses"
                    + " (ml.maxClasses) if the task really has that many labels.");
        }
        this.scoreLabels = List.copyOf(scoreLabels);
        this.width = this.scoreLabels.size();
        this.words = (width + 31) / 32;
        this.maxLabels = maxLabels;
        for (int c = 0; c < width; c++) {
            if (scoreColumn.put(this.scoreLabels.get(c), c) != null) {
                throw new IllegalArgumentException("Score labels must be distinct: " + scoreLabels);
            }
        }
    }

    public List<String> scoreLabels() {
        return scoreLabels;
    }

    public int maxLabels() {
        return maxLabels;
    }

    /**
     * Adds one row.
     *
     * @param index     the row's 0-based global position: it keys the row's bootstrap block
     * @param actual    the actual labels, distinct
     * @param predicted the predicted labels, distinct
     * @param rowScores one score per score label (higher: more likely present), or null without score labels
     */
    public void add(long index, List<String> actual, List<String> predicted, double[] rowScores) {
        add(index, -1, actual, predicted, rowScores);
    }

    /** As {@link #add(long, List, List, double[])}, naming the row's {@code line} of the data file in messages. */
    public void add(long index, long line, List<String> actual, List<String> predicted, double[] rowScores) {
        int[] actualCodes = codesOf(actual, line);
        int[] predictedCodes = codesOf(predicted, line);
        Arrays.sort(actualCodes);
        Arrays.sort(predictedCodes);
        int both = 0;
        for (int code : actualCodes) {
            if (Arrays.binarySearch(predictedCodes, code) >= 0) {
                both++;
                truePositives[code]++;
                blocks.countLabel(index, code, 0);
            } else {
                falseNegatives[code]++;
                blocks.countLabel(index, code, 2);
            }
        }
        for (int code : predictedCodes) {
            if (Arrays.binarySearch(actualCodes, code) < 0) {
                falsePositives[code]++;
                blocks.countLabel(index, code, 1);
            }
        }
        int t = actualCodes.length;
        int p = predictedCodes.length;
        rows++;
        actualLabels += t;
        predictedLabels += p;
        emptyActual += t == 0 ? 1 : 0;
        emptyPredicted += p == 0 ? 1 : 0;
        boolean exact = both == t && both == p;
        exactMatches += exact ? 1 : 0;
        int difference = t + p - 2 * both;
        symmetricDifference += difference;
        // scikit-learn's samples averages: each row's value, 0 where its denominator is 0 (zero_division).
        double precision = p == 0 ? 0 : (double) both / p;
        double recall = t == 0 ? 0 : (double) both / t;
        double denominator = precision + recall;
        double f1 = denominator == 0 ? 0 : 2.0 * precision * recall / denominator;
        int union = t + p - both;
        double jaccard = union == 0 ? 0 : (double) both / union;
        samplesPrecision.add(precision);
        samplesRecall.add(recall);
        samplesF1.add(f1);
        samplesJaccard.add(jaccard);
        double ranking = width == 0 ? 0 : ranking(index, actual, rowScores);
        blocks.add(index, new double[] {1, exact ? 1 : 0, difference, precision, recall, f1, jaccard, ranking});
    }

    /** Keeps the row's scores and actual labels for the per-label ranking; the row's label ranking precision. */
    private double ranking(long index, List<String> actual, double[] rowScores) {
        if (rowScores == null || rowScores.length != width) {
            throw new InputException("Row " + index + " has " + (rowScores == null ? "no" : rowScores.length)
                    + " scores but " + width + " are expected (" + scoreLabels + "); every row needs one per label.");
        }
        boolean[] relevant = new boolean[width];
        for (String label : actual) {
            Integer column = scoreColumn.get(label);
            if (column == null) {
                rowsWithUnscoredLabel++;
                if (firstUnscoredLabel == null) {
                    firstUnscoredLabel = label;
                }
                continue;
            }
            relevant[column] = true;
        }
        int[] bits = new int[words];
        for (int c = 0; c < width; c++) {
            double score = rowScores[c];
            if (!Double.isFinite(score)) {
                throw new InputException("Row " + index + " has a non-finite score (" + score + ") for label '"
                        + scoreLabels.get(c) + "'; scores must be numbers.");
            }
            scores.add(score);
            if (relevant[c]) {
                bits[c >>> 5] |= 1 << (c & 31);
            }
        }
        for (int word : bits) {
            relevance.add(word);
        }
        double value = LabelRanking.averagePrecision(rowScores, relevant);
        rankingPrecision.add(value);
        return value;
    }

    private int[] codesOf(List<String> labels, long line) {
        int[] out = new int[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = code(labels.get(i), line);
        }
        return out;
    }

    /** @param line the row's line in the data file, for the message; -1 when unknown (a merge) */
    private int code(String label, long line) {
        Integer existing = codes.get(label);
        if (existing != null) {
            return existing;
        }
        int code = codeLabels.size();
        if (code >= maxLabels) {
            throw new InputException("The label sets name more than " + maxLabels + " distinct labels"
                    + (line > 0 ? " by line " + line + " of the data file" : "") + ", so the label cells look like"
                    + " ids or free text rather than sets of labels: check the label and predicted columns (labels"
                    + " are separated by |), or raise maxClasses (ml.maxClasses).");
        }
        codeLabels.add(label);
        codes.put(label, code);
        if (code == truePositives.length) {
            truePositives = Arrays.copyOf(truePositives, 2 * code);
            falsePositives = Arrays.copyOf(falsePositives, 2 * code);
            falseNegatives = Arrays.copyOf(falseNegatives, 2 * code);
        }
        return code;
    }

    /** Adds the rows of another accumulator (same score labels), as if they had been added here. */
    public void merge(MultiLabelAccumulator other) {
        if (!scoreLabels.equals(other.scoreLabels)) {
            throw new IllegalArgumentException("Cannot merge accumulators with different score labels: "
                    + scoreLabels + " and " + other.scoreLabels);
        }
        int[] remap = new int[other.codeLabels.size()];
        for (int c = 0; c < remap.length; c++) {
            remap[c] = code(other.codeLabels.get(c), -1);
            truePositives[remap[c]] += other.truePositives[c];
            falsePositives[remap[c]] += other.falsePositives[c];
            falseNegatives[remap[c]] += other.falseNegatives[c];
        }
        rows += other.rows;
        exactMatches += other.exactMatches;
        symmetricDifference += other.symmetricDifference;
        actualLabels += other.actualLabels;
        predictedLabels += other.predictedLabels;
        emptyActual += other.emptyActual;
        emptyPredicted += other.emptyPredicted;
        samplesPrecision.add(other.samplesPrecision);
        samplesRecall.add(other.samplesRecall);
        samplesF1.add(other.samplesF1);
        samplesJaccard.add(other.samplesJaccard);
        rankingPrecision.add(other.rankingPrecision);
        rowsWithUnscoredLabel += other.rowsWithUnscoredLabel;
        if (firstUnscoredLabel == null) {
            firstUnscoredLabel = other.firstUnscoredLabel;
        }
        scores.addAll(other.scores);
        for (long i = 0; i < other.relevance.size(); i++) {
            relevance.add(other.relevance.get(i));
        }
        blocks.merge(other.blocks, remap);
    }

    public long rows() {
        return rows;
    }

    /** Computes the metrics, per-label values, curves and intervals. Does not change what was accumulated. */
    public MetricResult result(MetricOptions options) {
        return new MultiLabelResultBuilder(this, options).build();
    }

    // Package-private views for MultiLabelResultBuilder.
    List<String> codeLabels() { return codeLabels; }
    long truePositives(int code) { return truePositives[code]; }
    long falsePositives(int code) { return falsePositives[code]; }
    long falseNegatives(int code) { return falseNegatives[code]; }
    long exactMatches() { return exactMatches; }
    long symmetricDifference() { return symmetricDifference; }
    long actualLabels() { return actualLabels; }
    long predictedLabels() { return predictedLabels; }
    long emptyActual() { return emptyActual; }
    long emptyPredicted() { return emptyPredicted; }
    double samplesPrecision() { return samplesPrecision.value(); }
    double samplesRecall() { return samplesRecall.value(); }
    double samplesF1() { return samplesF1.value(); }
    double samplesJaccard() { return samplesJaccard.value(); }
    double rankingPrecision() { return rankingPrecision.value(); }
    long rowsWithUnscoredLabel() { return rowsWithUnscoredLabel; }
    String firstUnscoredLabel() { return firstUnscoredLabel; }
    int width() { return width; }
    MultiLabelBlocks blocks() { return blocks; }

    /** Score of row {@code row} for score column {@code column}. */
    double score(long row, int column) {
        return scores.get(row * width + column);
    }

    /** Whether score column {@code column}'s label is among row {@code row}'s actual labels. */
    boolean relevant(long row, int column) {
        return (relevance.get(row * words + (column >>> 5)) & (1 << (column & 31))) != 0;
    }
}

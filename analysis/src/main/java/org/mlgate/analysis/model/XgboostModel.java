package org.mlgate.analysis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mlgate.analysis.Task;

/**
 * An XGBoost tree ensemble ({@code gbtree}, or {@code dart} with its tree weights) evaluated in pure Java, as XGBoost's CPU predictor does it, in float32:
 * each feature value is rounded to a float; at a split the row goes left when its value is below the split condition
 * ({@code value < condition}) and by the node's default direction when it is missing (an empty cell, NaN); each
 * class's margin starts at the base score in margin space ({@code ProbToMargin}: the logit for logistic objectives, the
 * log for Poisson, gamma and Tweedie) and adds the leaf of every tree of that class in tree order, in float; then the
 * objective's transform (sigmoid, softmax, exp) gives the prediction. Immutable, so {@link #predict} is thread-safe.
 */
final class XgboostModel implements TabularModel {

    /** The objectives mlgate evaluates, and what each makes of the margins. */
    enum Objective {
        LOGISTIC(Task.CLASSIFICATION, true),
        LOGIT_RAW(Task.CLASSIFICATION, false),
        HINGE(Task.CLASSIFICATION, false),
        SOFTPROB(Task.CLASSIFICATION, true),
        IDENTITY(Task.REGRESSION, false),
        LOGISTIC_REGRESSION(Task.REGRESSION, false),
        EXP(Task.REGRESSION, false);

        final Task task;
        final boolean probabilities;

        Objective(Task task, boolean probabilities) {
            this.task = task;
            this.probabilities = probabilities;
        }

        static final Map<String, Objective> BY_NAME = Map.ofEntries(
                Map.entry("binary:logistic", LOGISTIC),
                Map.entry("binary:logitraw", LOGIT_RAW),
                Map.entry("binary:hinge", HINGE),
                Map.entry("multi:softprob", SOFTPROB),
                Map.entry("multi:softmax", SOFTPROB),
                Map.entry("reg:squarederror", IDENTITY),
                Map.entry("reg:linear", IDENTITY),
                Map.entry("reg:squaredlogerror", IDENTITY),
                Map.entry("reg:pseudohubererror", IDENTITY),
                Map.entry("reg:absoluteerror", IDENTITY),
                Map.entry("reg:logistic", LOGISTIC_REGRESSION),
                Map.entry("count:poisson", EXP),
                Map.entry("reg:gamma", EXP),
                Map.entry("reg:tweedie", EXP));

        /** The base score in margin space, as the objective's {@code ProbToMargin} computes it in float. */
        float toMargin(float baseScore) {
            return switch (this) {
                case LOGISTIC, LOGIT_RAW, LOGISTIC_REGRESSION -> (float) -Math.log(1.0f / baseScore - 1.0f);
                case EXP -> (float) Math.log(baseScore);
                default -> baseScore;
            };
        }
    }

    /** One regression tree in XGBoost's arrays; a leaf's value is its split condition, as XGBoost stores it. */
    record Tree(int[] left, int[] right, int[] feature, float[] condition, boolean[] defaultLeft) {

        float leaf(float[] x) {
            int node = 0;
            while (left[node] >= 0) {
                float value = x[feature[node]];
                node = Float.isNaN(value) ? (defaultLeft[node] ? left[node] : right[node])
                        : value < condition[node] ? left[node] : right[node];
            }
            return condition[node];
        }
    }

    private final ModelInfo info;
    private final Objective objective;
    private final ModelFeatures features;
    private final List<String> labels;
    private final int numFeature;
    private final float[] baseMargin;
    private final Tree[] trees;
    private final int[] treeGroup;
    /** The dart booster's weight of each tree; null for gbtree. */
    private final float[] treeWeight;

    /**
     * @param baseMargin each output group's starting margin (one for binary and regression, one per class for
     *                   multi-class)
     * @param treeGroup  the output group of each tree
     * @param treeWeight dart: each tree's weight_drop; null for gbtree
     */
    XgboostModel(ModelInfo info, Objective objective, ModelFeatures features, List<String> labels, int numFeature,
                 float[] baseMargin, Tree[] trees, int[] treeGroup, float[] treeWeight) {
        this.info = info;
        this.objective = objective;
        this.features = features;
        this.labels = List.copyOf(labels);
        this.numFeature = numFeature;
        this.baseMargin = baseMargin.clone();
        this.trees = trees.clone();
        this.treeGroup = treeGroup.clone();
        this.treeWeight = treeWeight == null ? null : treeWeight.clone();
    }

    @Override
    public Task task() {
        return objective.task;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public ModelFeatures features() {
        return features;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean probabilities() {
        return objective.probabilities;
    }

    @Override
    public String missingValues() {
        return "which XGBoost follows as missing values (each split's default direction)";
    }

    int treeCount() {
        return trees.length;
    }

    /** The margins of one row (features as XGBoost reads them: floats, NaN for missing), before the transform. */
    float[] margins(float[] x) {
        float[] margin = baseMargin.clone();
        if (treeWeight == null) {
            for (int t = 0; t < trees.length; t++) {
                margin[treeGroup[t]] += trees[t].leaf(x);
            }
            return margin;
        }
        // dart, as XGBoost 1.7 computes it: each tree predicts alone (base + leaf, in float), the base is taken off
        // again, and the rest is scaled by the tree's weight.
        for (int t = 0; t < trees.length; t++) {
            int g = treeGroup[t];
            float alone = baseMargin[g] + trees[t].leaf(x);
            margin[g] += (alone - baseMargin[g]) * treeWeight[t];
        }
        return margin;
    }

    @Override
    public Predictions predict(FeatureBatch batch) {
        int rows = batch.rows();
        float[] x = new float[numFeature];
        String[] predicted = objective.task == Task.CLASSIFICATION ? new String[rows] : null;
        double[][] probabilities = objective.probabilities ? new double[rows][] : null;
        double[] values = objective.task == Task.REGRESSION ? new double[rows] : null;
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < numFeature; f++) {
                x[f] = (float) batch.numbers()[f][r];
            }
            float[] margin = margins(x);
            switch (objective) {
                case LOGISTIC -> {
                    float p = sigmoid(margin[0]);
                    probabilities[r] = new double[] {1.0f - p, p};
                    predicted[r] = labels.get(p > 0.5f ? 1 : 0);
                }
                case LOGIT_RAW, HINGE -> predicted[r] = labels.get(margin[0] > 0 ? 1 : 0);
                case SOFTPROB -> {
                    float[] p = softmax(margin);
                    double[] row = new double[p.length];
                    int best = 0;
                    for (int c = 0; c < p.length; c++) {
                        row[c] = p[c];
                        if (p[c] > p[best]) {
                            best = c;
                        }
                    }
                    probabilities[r] = row;
                    predicted[r] = labels.get(best);
                }
                case IDENTITY -> values[r] = margin[0];
                case LOGISTIC_REGRESSION -> values[r] = sigmoid(margin[0]);
                case EXP -> values[r] = (float) Math.exp(margin[0]);
                default -> throw new IllegalStateException("objective " + objective);
            }
        }
        return new Predictions(predicted, probabilities, values);
    }

    /** {@code 1.0f / (1.0f + expf(-x))}, as XGBoost's {@code common::Sigmoid}. */
    static float sigmoid(float x) {
        float e = (float) Math.exp(-x);
        return 1.0f / (1.0f + e);
    }

    /** XGBoost's {@code common::Softmax}: exponentials of the margins less the largest, in float, over their sum. */
    static float[] softmax(float[] margin) {
        float max = margin[0];
        for (float m : margin) {
            max = Math.max(max, m);
        }
        float[] p = new float[margin.length];
        double sum = 0;
        for (int c = 0; c < margin.length; c++) {
            p[c] = (float) Math.exp(margin[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < margin.length; c++) {
            p[c] /= (float) sum;
        }
        return p;
    }

    @Override
    public void close() {
        // nothing held but arrays
    }

    /** Names "0" to "k - 1": XGBoost's classes, when the POM gives no labels. */
    static List<String> codes(int classes) {
        List<String> codes = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            codes.add(Integer.toString(c));
        }
        return codes;
    }
}

package org.mlgate.analysis.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/**
 * Loads an XGBoost model saved by {@code save_model} as JSON or UBJSON (XGBoost 1.0 and later) into an
 * {@link XgboostModel}, treating the file as untrusted input: its size is checked before it is read, the reader
 * ({@link XgboostDocument}) bounds nesting and counts, every tree is checked to be a tree (children inside it, each
 * node reached once, split features within the model's) before it is evaluated, and the whole load runs within the
 * time budget of {@link ModelFileLimits#loadTime()}. Nothing in the file is executed or names a class.
 */
final class XgboostModelLoader {

    private XgboostModelLoader() {
    }

    static XgboostModel load(Path file, Task expected, ModelOptions options) {
        return load(file, expected, options, ModelFileLimits.DEFAULT);
    }

    static XgboostModel load(Path file, Task expected, ModelOptions options, ModelFileLimits limits) {
        ModelFile read = ModelFile.read(file, limits.maxFileBytes());
        XgboostModel model;
        try {
            model = LoadDeadline.run("mlgate-xgboost-load", limits.loadTime(), () -> { },
                    () -> decode(read, options));
        } catch (XgboostDocument.MalformedException e) {
            throw new InputException("The model file " + file + " is not an XGBoost model that mlgate can read ("
                    + e.getMessage() + "); save the model with XGBoost's save_model as .json or .ubj (XGBoost 1.0 or "
                    + "later), or evaluate a predictions file instead.", e);
        } catch (TimeoutException e) {
            throw new InputException("The model file " + file + " did not load within " + limits.loadTime().toSeconds()
                    + " seconds, so mlgate stopped waiting for it; only use model files from a trusted source, or "
                    + "evaluate a predictions file instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("Loading the model file " + file + " was interrupted.", e);
        } catch (OutOfMemoryError e) {
            throw new InputException("The model file " + file + " needs more memory to load than the JVM has ("
                    + ModelFileRejection.megabytes(Runtime.getRuntime().maxMemory()) + " of heap); give Maven more "
                    + "(MAVEN_OPTS=-Xmx2g, say) or evaluate a predictions file instead.", e);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException("The model file " + file + " is not an XGBoost model that mlgate can read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); save the model with XGBoost's "
                    + "save_model as .json or .ubj, or evaluate a predictions file instead.", e);
        }
        if (expected != null && expected != model.task()) {
            throw new InputException("The model file " + file + " holds a " + model.task().jsonName()
                    + " model (" + model.info().type() + "), but the task is set to " + expected.jsonName()
                    + "; remove the task parameter or use a " + expected.jsonName() + " model.");
        }
        return model;
    }

    private static XgboostModel decode(ModelFile read, ModelOptions options) throws XgboostDocument.MalformedException {
        Path file = read.path();
        Map<String, Object> root = object(XgboostDocument.parse(read.bytes()), "the document");
        Map<String, Object> learner = object(root.get("learner"), "learner");
        Map<String, Object> params = object(learner.get("learner_model_param"), "learner_model_param");
        String objectiveName = string(object(learner.get("objective"), "objective").get("name"), "objective name");
        Map<String, Object> booster = object(learner.get("gradient_booster"), "gradient_booster");
        String boosterName = string(booster.get("name"), "gradient_booster name");
        if (!boosterName.equals("gbtree") && !boosterName.equals("dart")) {
            throw new InputException("The model file " + file + " holds an XGBoost " + boosterName + " model; mlgate "
                    + "evaluates XGBoost's tree boosters (gbtree, dart), so evaluate a predictions file of this model "
                    + "instead.");
        }
        XgboostModel.Objective objective = XgboostModel.Objective.BY_NAME.get(objectiveName);
        if (objective == null) {
            throw new InputException("The model file " + file + " holds an XGBoost model with the objective "
                    + objectiveName + ", which mlgate does not evaluate; mlgate evaluates "
                    + String.join(", ", new java.util.TreeSet<>(XgboostModel.Objective.BY_NAME.keySet()))
                    + ", so evaluate a predictions file of this model instead.");
        }
        int numFeature = count(params.get("num_feature"), "num_feature");
        int numClass = count(params.getOrDefault("num_class", "0"), "num_class");
        int numTarget = count(params.getOrDefault("num_target", "1"), "num_target");
        if (numTarget > 1) {
            throw new InputException("The model file " + file + " holds an XGBoost model with " + numTarget
                    + " targets; mlgate evaluates single-target models, so train one model per target.");
        }
        boolean multiClass = objective == XgboostModel.Objective.SOFTPROB;
        if (multiClass != numClass >= 2) {
            throw new XgboostDocument.MalformedException("its objective " + objectiveName + " does not fit num_class "
                    + numClass);
        }
        int groups = multiClass ? numClass : 1;
        float[] baseScores = baseScores(params.get("base_score"), groups);
        float[] baseMargin = new float[groups];
        for (int g = 0; g < groups; g++) {
            baseMargin[g] = objective.toMargin(baseScores[g]);
        }
        List<String> featureNames = strings(learner.get("feature_names"), "feature_names");
        List<String> featureTypes = strings(learner.get("feature_types"), "feature_types");
        if (featureTypes.contains("c")) {
            throw new InputException("The model file " + file + " holds an XGBoost model with categorical features "
                    + "(feature_types 'c'), which mlgate does not evaluate yet; evaluate a predictions file of this "
                    + "model instead.");
        }
        if (!featureNames.isEmpty() && featureNames.size() != numFeature) {
            throw new XgboostDocument.MalformedException("it names " + featureNames.size() + " features but has "
                    + numFeature);
        }
        boolean dart = boosterName.equals("dart");
        Map<String, Object> gbtree = object(dart ? object(booster.get("gbtree"), "dart gbtree").get("model")
                : booster.get("model"), "gradient_booster model");
        List<Object> treeList = list(gbtree.get("trees"), "trees");
        double[] treeInfo = numbers(gbtree.get("tree_info"), "tree_info");
        if (treeInfo.length != treeList.size()) {
            throw new XgboostDocument.MalformedException("it has " + treeList.size() + " trees but tree_info for "
                    + treeInfo.length);
        }
        XgboostModel.Tree[] trees = new XgboostModel.Tree[treeList.size()];
        int[] treeGroup = new int[trees.length];
        for (int t = 0; t < trees.length; t++) {
            treeGroup[t] = index(treeInfo[t], groups, "tree_info of tree " + t);
            trees[t] = tree(object(treeList.get(t), "tree " + t), t, numFeature, file);
        }
        float[] treeWeight = null;
        if (dart) {
            double[] weights = numbers(booster.get("weight_drop"), "weight_drop");
            if (weights.length != trees.length) {
                throw new XgboostDocument.MalformedException("it has " + trees.length + " trees but weight_drop for "
                        + weights.length);
            }
            treeWeight = new float[weights.length];
            for (int t = 0; t < weights.length; t++) {
                treeWeight[t] = (float) weights[t];
            }
        }
        Task task = objective.task;
        List<String> labels = task == Task.CLASSIFICATION ? labels(options.labels(), multiClass ? numClass : 2, file,
                objectiveName) : List.of();
        if (task == Task.REGRESSION && !options.labels().isEmpty()) {
            throw new InputException("labels is set, but the model file " + file + " holds an XGBoost regression "
                    + "model (" + objectiveName + "); remove labels.");
        }
        TabularModel.ModelFeatures features = new TabularModel.ModelFeatures(featureNames, numFeature,
                List.of(TabularModel.Kind.NUMBER), featureNames.isEmpty()
                ? "XGBoost's feature vector of " + numFeature + " numbers, f0 to f" + (numFeature - 1) : null);
        ModelInfo info = ModelInfo.external(file.toString(), read.sha256(), "xgboost " + boosterName + " "
                + objectiveName, version(root.get("version")));
        return new XgboostModel(info, objective, features, labels, numFeature, baseMargin, trees, treeGroup,
                treeWeight);
    }

    private static XgboostModel.Tree tree(Map<String, Object> tree, int t, int numFeature, Path file)
            throws XgboostDocument.MalformedException {
        String name = "tree " + t;
        double[] left = numbers(tree.get("left_children"), name + " left_children");
        double[] right = numbers(tree.get("right_children"), name + " right_children");
        double[] features = numbers(tree.get("split_indices"), name + " split_indices");
        double[] conditions = numbers(tree.get("split_conditions"), name + " split_conditions");
        double[] defaults = numbers(tree.get("default_left"), name + " default_left");
        int n = left.length;
        if (n == 0 || right.length != n || features.length != n || conditions.length != n || defaults.length != n) {
            throw new XgboostDocument.MalformedException(name + " has node arrays of different lengths");
        }
        Object splitType = tree.get("split_type");
        if (splitType != null) {
            for (double type : numbers(splitType, name + " split_type")) {
                if (type != 0) {
                    throw new InputException("The model file " + file + " holds an XGBoost model with categorical "
                            + "splits, which mlgate does not evaluate yet; evaluate a predictions file of this model "
                            + "instead.");
                }
            }
        }
        XgboostModel.Tree out = new XgboostModel.Tree(new int[n], new int[n], new int[n], new float[n],
                new boolean[n]);
        for (int i = 0; i < n; i++) {
            boolean leaf = left[i] == -1;
            if (leaf != (right[i] == -1)) {
                throw new XgboostDocument.MalformedException(name + " node " + i + " has one child");
            }
            out.left()[i] = leaf ? -1 : index(left[i], n, name + " left child of node " + i);
            out.right()[i] = leaf ? -1 : index(right[i], n, name + " right child of node " + i);
            out.feature()[i] = leaf ? 0 : index(features[i], numFeature, name + " split feature of node " + i);
            float condition = (float) conditions[i];
            if (Float.isNaN(condition)) {
                throw new XgboostDocument.MalformedException(name + " node " + i + " has no value");
            }
            out.condition()[i] = condition;
            out.defaultLeft()[i] = defaults[i] != 0;
        }
        // Each node reached once from the root: a cycle or a shared node would make the walk endless or ambiguous.
        boolean[] reached = new boolean[n];
        int[] stack = new int[n + 1];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            if (reached[node]) {
                throw new XgboostDocument.MalformedException(name + " reaches node " + node + " twice, so it is not "
                        + "a tree");
            }
            reached[node] = true;
            if (out.left()[node] >= 0) {
                if (top + 2 > stack.length) {
                    throw new XgboostDocument.MalformedException(name + " is not a tree");
                }
                stack[top++] = out.left()[node];
                stack[top++] = out.right()[node];
            }
        }
        return out;
    }

    private static List<String> labels(List<String> configured, int classes, Path file, String objective) {
        if (configured.isEmpty()) {
            return XgboostModel.codes(classes);
        }
        if (configured.size() != classes) {
            throw new InputException("labels names " + configured.size() + " classes, but the model file " + file
                    + " holds an XGBoost " + objective + " model of " + classes + " classes (0 to " + (classes - 1)
                    + "); list one name per class, in the order of the class numbers.");
        }
        if (configured.stream().distinct().count() != configured.size() || configured.contains("")) {
            throw new InputException("labels must name each class once, and not by an empty name: " + configured
                    + ".");
        }
        return configured;
    }

    /** XGBoost writes base_score as a string: "5E-1", or "[5E-1]" and one value per class since 3.0. */
    private static float[] baseScores(Object value, int groups) throws XgboostDocument.MalformedException {
        String text = string(value, "base_score").strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        String[] parts = text.split(",");
        float[] scores = new float[groups];
        try {
            for (int g = 0; g < groups; g++) {
                scores[g] = Float.parseFloat(parts[parts.length == 1 ? 0 : g].strip());
            }
        } catch (RuntimeException e) {
            throw new XgboostDocument.MalformedException("its base_score '" + text + "' is not a number or one per "
                    + "class");
        }
        if (parts.length != 1 && parts.length != groups) {
            throw new XgboostDocument.MalformedException("its base_score has " + parts.length + " values for "
                    + groups + " classes");
        }
        return scores;
    }

    private static String version(Object value) {
        if (value instanceof double[] parts && parts.length > 0) {
            return "xgboost " + java.util.Arrays.stream(parts).mapToObj(p -> Long.toString((long) p))
                    .collect(Collectors.joining("."));
        }
        return "xgboost";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) throws XgboostDocument.MalformedException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new XgboostDocument.MalformedException(what + " is missing or not an object");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) throws XgboostDocument.MalformedException {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        if (value instanceof double[] numbers && numbers.length == 0) {
            return List.of();
        }
        throw new XgboostDocument.MalformedException(what + " is missing or not a list");
    }

    private static double[] numbers(Object value, String what) throws XgboostDocument.MalformedException {
        if (value instanceof double[] numbers) {
            return numbers;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return new double[0];
        }
        throw new XgboostDocument.MalformedException(what + " is missing or not a list of numbers");
    }

    private static List<String> strings(Object value, String what) throws XgboostDocument.MalformedException {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list(value, what)) {
            if (!(item instanceof String text)) {
                throw new XgboostDocument.MalformedException(what + " holds something other than names");
            }
            out.add(text);
        }
        return out;
    }

    private static String string(Object value, String what) throws XgboostDocument.MalformedException {
        if (value instanceof String text) {
            return text;
        }
        throw new XgboostDocument.MalformedException(what + " is missing or not a string");
    }

    /** A count written as a string ("10") as XGBoost writes its parameters, or as a number. */
    private static int count(Object value, String what) throws XgboostDocument.MalformedException {
        try {
            double number = value instanceof Double d ? d : Double.parseDouble(string(value, what).strip());
            if (number >= 0 && number <= 100_000_000 && number == Math.rint(number)) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new XgboostDocument.MalformedException(what + " '" + value + "' is not a count");
    }

    private static int index(double value, int size, String what) throws XgboostDocument.MalformedException {
        if (value >= 0 && value < size && value == Math.rint(value)) {
            return (int) value;
        }
        throw new XgboostDocument.MalformedException(String.format(Locale.ROOT, "%s is %s, outside 0 to %d", what,
                value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value), size - 1));
    }
}

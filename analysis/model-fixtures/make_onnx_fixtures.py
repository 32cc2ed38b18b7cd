#!/usr/bin/python3
"""Makes the ONNX fixtures of the model tests (a developer tool: tests and CI never run it).

Needs Debian's python3-onnx (1.12) and python3-sklearn:
    apt-get install -y python3-onnx python3-sklearn
    /usr/bin/python3 analysis/model-fixtures/make_onnx_fixtures.py

skl2onnx is not in Debian, so each scikit-learn model is written as skl2onnx writes it, with onnx.helper, from the
fitted model's weights: the same operators (Scaler, Imputer and ZipMap from ai.onnx.ml; MatMul, Add, Softmax,
Sigmoid, ArgMax, ArrayFeatureExtractor), the same input and output names and types. Beside each model: its validation
CSV and scikit-learn's own predictions (predict_proba or predict, every digit of the float64), so that the model run
by ONNX Runtime in Java can be compared with scikit-learn. Also a few hostile files that mlgate must refuse.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "model", "onnx")
OPSETS = [helper.make_opsetid("", 15), helper.make_opsetid("ai.onnx.ml", 3)]


def split(x, y, seed, validation_rows):
    order = np.random.default_rng(seed).permutation(len(x))
    valid, train = order[:validation_rows], order[validation_rows:]
    return x[train], y[train], x[valid], y[valid]


def write_csv(path, names, x, label_name, labels):
    with open(path, "w") as out:
        out.write(",".join(names + [label_name]) + "\n")
        for row, label in zip(x, labels):
            cells = ["" if np.isnan(v) else repr(float(v)) for v in row]
            out.write(",".join(cells + [str(label)]) + "\n")


def write_predictions(path, columns):
    names = list(columns)
    with open(path, "w") as out:
        out.write(",".join(names) + "\n")
        for r in range(len(columns[names[0]])):
            out.write(",".join(repr(float(columns[n][r])) for n in names) + "\n")


def save(graph, name, metadata=None, producer=("skl2onnx", "1.16.0")):
    model = helper.make_model(graph, opset_imports=OPSETS, producer_name=producer[0], producer_version=producer[1])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, name))
    return model


def probability_maps(name, key_type):
    """skl2onnx's ZipMap output: a sequence of maps from class to float (onnx 1.12's helper has no map type)."""
    value = onnx.TypeProto()
    value.map_type.key_type = key_type
    value.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.FLOAT, []))
    return helper.make_value_info(name, helper.make_sequence_type_proto(value))


def f32(name, values):
    values = np.asarray(values, dtype=np.float32)
    return helper.make_tensor(name, TensorProto.FLOAT, values.shape, values.flatten().tolist())


def scaler_node(inp, out, scaler):
    """skl2onnx's StandardScaler: ai.onnx.ml Scaler, y = (x - offset) * scale."""
    return helper.make_node("Scaler", [inp], [out], domain="ai.onnx.ml",
                            offset=scaler.mean_.astype(np.float32).tolist(),
                            scale=(1.0 / scaler.scale_).astype(np.float32).tolist())


def wine():
    """Multinomial logistic regression on the 13 wine features, one float input [N, 13]: two files, one with
    skl2onnx's outputs (string label, ZipMap of probabilities), one with a plain probability tensor and int64
    labels."""
    data = load_wine()
    names = [n.replace("/", "_") for n in data.feature_names]
    classes = np.array(["barolo", "grignolino", "barbera"])
    x_train, y_train, x_valid, y_valid = split(data.data, classes[data.target], seed=11, validation_rows=60)
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
    pipe.fit(x_train, y_train)
    scaler, lr = pipe[0], pipe[1]
    order = list(lr.classes_)  # sorted: barbera, barolo, grignolino
    write_csv(os.path.join(OUT, "wine-validation.csv"), names, x_valid, "cultivar", y_valid)
    proba = pipe.predict_proba(x_valid)
    write_predictions(os.path.join(OUT, "wine-logistic-predictions.csv"),
                      dict({"p_" + c: proba[:, i] for i, c in enumerate(order)},
                           predicted=[order.index(p) for p in pipe.predict(x_valid)]))

    def graph(zipmap):
        nodes = [
            scaler_node("float_input", "scaled", scaler),
            helper.make_node("MatMul", ["scaled", "coef"], ["scores"]),
            helper.make_node("Add", ["scores", "intercept"], ["logits"]),
            helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
            helper.make_node("ArgMax", ["probabilities"], ["label_index"], axis=1, keepdims=0),
        ]
        inits = [f32("coef", lr.coef_.T), f32("intercept", lr.intercept_)]
        if zipmap:
            nodes += [
                helper.make_node("ArrayFeatureExtractor", ["classes", "label_index"], ["label_row"],
                                 domain="ai.onnx.ml"),
                helper.make_node("Reshape", ["label_row", "flat"], ["output_label"]),
                helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                                 classlabels_strings=order),
            ]
            inits.append(helper.make_tensor("classes", TensorProto.STRING, [len(order)],
                                            [c.encode() for c in order]))
            inits.append(helper.make_tensor("flat", TensorProto.INT64, [1], [-1]))
            outputs = [helper.make_tensor_value_info("output_label", TensorProto.STRING, [None]),
                       probability_maps("output_probability", TensorProto.STRING)]
        else:
            nodes.append(helper.make_node("Identity", ["label_index"], ["label"]))
            outputs = [helper.make_tensor_value_info("label", TensorProto.INT64, [None]),
                       helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, [None, len(order)])]
        return helper.make_graph(nodes, "wine_logistic", [
            helper.make_tensor_value_info("float_input", TensorProto.FLOAT, [None, len(names)])], outputs, inits)

    save(graph(True), "wine-logistic-zipmap.onnx")
    save(graph(False), "wine-logistic-tensor.onnx")


def cancer():
    """Binary logistic regression with one input per column (named after the columns, [N, 1] each), concatenated
    as skl2onnx does for a DataFrame, and ZipMap with int64 class labels 0 and 1."""
    data = load_breast_cancer()
    names = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave_points",
             "symmetry", "fractal_dimension"]
    x = data.data[:, :10]
    y = (data.target == 0).astype(np.int64)  # 1 = malignant
    x_train, y_train, x_valid, y_valid = split(x, y, seed=12, validation_rows=170)
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    pipe.fit(x_train, y_train)
    scaler, lr = pipe[0], pipe[1]
    write_csv(os.path.join(OUT, "cancer-validation.csv"), names, x_valid, "diagnosis",
              np.where(y_valid == 1, "malignant", "benign"))
    proba = pipe.predict_proba(x_valid)
    write_predictions(os.path.join(OUT, "cancer-logistic-predictions.csv"),
                      {"p_0": proba[:, 0], "p_1": proba[:, 1], "predicted": pipe.predict(x_valid)})
    nodes = [
        helper.make_node("Concat", names, ["features"], axis=1),
        scaler_node("features", "scaled", scaler),
        helper.make_node("MatMul", ["scaled", "coef"], ["score"]),
        helper.make_node("Add", ["score", "intercept"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p1"]),
        helper.make_node("Sub", ["one", "p1"], ["p0"]),
        helper.make_node("Concat", ["p0", "p1"], ["probabilities"], axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["label_index"], axis=1, keepdims=0),
        helper.make_node("ArrayFeatureExtractor", ["classes", "label_index"], ["output_label"], domain="ai.onnx.ml"),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                         classlabels_int64s=[0, 1]),
    ]
    inits = [f32("coef", lr.coef_.T), f32("intercept", lr.intercept_), f32("one", [1.0]),
             helper.make_tensor("classes", TensorProto.INT64, [2], [0, 1])]
    graph = helper.make_graph(nodes, "cancer_logistic",
                              [helper.make_tensor_value_info(n, TensorProto.FLOAT, [None, 1]) for n in names],
                              [helper.make_tensor_value_info("output_label", TensorProto.INT64, [None]),
                               probability_maps("output_probability", TensorProto.INT64)],
                              inits)
    save(graph, "cancer-logistic-columns.onnx")


def diabetes():
    """Linear regression behind a mean imputer (ai.onnx.ml Imputer), one float input [N, 10], output 'variable'
    [N, 1]; 5% of the validation cells are empty."""
    data = load_diabetes()
    rng = np.random.default_rng(13)
    x = data.data.copy()
    x[rng.random(x.shape) < 0.05] = np.nan
    x_train, y_train, x_valid, y_valid = split(x, data.target, seed=14, validation_rows=120)
    pipe = make_pipeline(SimpleImputer(strategy="mean"), LinearRegression())
    pipe.fit(x_train, y_train)
    imputer, lr = pipe[0], pipe[1]
    write_csv(os.path.join(OUT, "diabetes-validation.csv"), data.feature_names, x_valid, "progression", y_valid)
    write_predictions(os.path.join(OUT, "diabetes-linear-predictions.csv"), {"predicted": pipe.predict(x_valid)})
    nodes = [
        helper.make_node("Imputer", ["float_input"], ["imputed"], domain="ai.onnx.ml",
                         imputed_value_floats=imputer.statistics_.astype(np.float32).tolist(),
                         replaced_value_float=float("nan")),
        helper.make_node("MatMul", ["imputed", "coef"], ["product"]),
        helper.make_node("Add", ["product", "intercept"], ["variable"]),
    ]
    graph = helper.make_graph(nodes, "diabetes_linear",
                              [helper.make_tensor_value_info("float_input", TensorProto.FLOAT, [None, 10])],
                              [helper.make_tensor_value_info("variable", TensorProto.FLOAT, [None, 1])],
                              [f32("coef", lr.coef_.reshape(-1, 1)), f32("intercept", [lr.intercept_])])
    save(graph, "diabetes-linear.onnx")


def forest():
    """A scikit-learn random forest as skl2onnx writes it: ai.onnx.ml TreeEnsembleClassifier (each leaf's class
    shares divided by the number of trees, summed over the trees, as predict_proba averages them), string class
    labels, then ZipMap. Same wine rows as the logistic regressions."""
    data = load_wine()
    classes = np.array(["barolo", "grignolino", "barbera"])
    x_train, y_train, x_valid, y_valid = split(data.data, classes[data.target], seed=11, validation_rows=60)
    rf = RandomForestClassifier(n_estimators=10, max_depth=4, random_state=0).fit(x_train, y_train)
    order = list(rf.classes_)
    proba = rf.predict_proba(x_valid)
    write_predictions(os.path.join(OUT, "wine-forest-predictions.csv"),
                      dict({"p_" + c: proba[:, i] for i, c in enumerate(order)},
                           predicted=[order.index(p) for p in rf.predict(x_valid)]))
    attrs = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                             "nodes_truenodeids", "nodes_falsenodeids", "class_treeids", "class_nodeids",
                             "class_ids", "class_weights"]}
    for t, estimator in enumerate(rf.estimators_):
        tree = estimator.tree_
        for node in range(tree.node_count):
            leaf = tree.children_left[node] == -1
            attrs["nodes_treeids"].append(t)
            attrs["nodes_nodeids"].append(node)
            attrs["nodes_featureids"].append(0 if leaf else int(tree.feature[node]))
            attrs["nodes_values"].append(0.0 if leaf else float(tree.threshold[node]))
            attrs["nodes_modes"].append("LEAF" if leaf else "BRANCH_LEQ")
            attrs["nodes_truenodeids"].append(0 if leaf else int(tree.children_left[node]))
            attrs["nodes_falsenodeids"].append(0 if leaf else int(tree.children_right[node]))
            if leaf:
                shares = tree.value[node][0] / tree.value[node][0].sum()
                for c, share in enumerate(shares):
                    attrs["class_treeids"].append(t)
                    attrs["class_nodeids"].append(node)
                    attrs["class_ids"].append(c)
                    attrs["class_weights"].append(float(share) / len(rf.estimators_))
    nodes = [
        helper.make_node("TreeEnsembleClassifier", ["float_input"], ["label", "probabilities"], domain="ai.onnx.ml",
                         classlabels_strings=order, post_transform="NONE", **attrs),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                         classlabels_strings=order),
    ]
    graph = helper.make_graph(nodes, "wine_forest",
                              [helper.make_tensor_value_info("float_input", TensorProto.FLOAT, [None, 13])],
                              [helper.make_tensor_value_info("label", TensorProto.STRING, [None]),
                               probability_maps("output_probability", TensorProto.STRING)])
    save(graph, "wine-forest-trees.onnx")


def shop():
    """Inputs of three kinds, one per column as skl2onnx writes a DataFrame's: a string column one-hot encoded
    (ai.onnx.ml OneHotEncoder), an int64 column cast to float, a float column; binary logistic regression with string
    class labels 'no' and 'yes'."""
    rng = np.random.default_rng(15)
    n = 400
    colours = np.array(["red", "green", "blue"])
    colour = colours[rng.integers(0, 3, n)]
    visits = rng.integers(0, 12, n)
    size = np.round(rng.normal(1.0, 0.4, n), 3)
    logit = 1.5 * (colour == "red") - 1.0 * (colour == "blue") + 0.25 * visits - 1.2 * size - 0.5
    bought = np.where(rng.random(n) < 1 / (1 + np.exp(-logit)), "yes", "no")
    onehot = np.stack([(colour == c).astype(float) for c in colours], axis=1)
    x = np.column_stack([onehot, visits, size])
    valid, train = np.arange(100), np.arange(100, n)
    lr = LogisticRegression(max_iter=2000).fit(x[train], bought[train])
    with open(os.path.join(OUT, "shop-validation.csv"), "w") as out:
        out.write("colour,visits,size,bought\n")
        for r in valid:
            out.write(f"{colour[r]},{visits[r]},{size[r]!r},{bought[r]}\n")
    proba = lr.predict_proba(x[valid])
    write_predictions(os.path.join(OUT, "shop-logistic-predictions.csv"),
                      {"p_no": proba[:, 0], "p_yes": proba[:, 1],
                       "predicted": (lr.predict(x[valid]) == "yes").astype(int)})
    classes = list(lr.classes_)
    nodes = [
        helper.make_node("OneHotEncoder", ["colour"], ["colour_3d"], domain="ai.onnx.ml",
                         cats_strings=list(colours), zeros=1),
        helper.make_node("Flatten", ["colour_3d"], ["colour_onehot"], axis=1),
        helper.make_node("Cast", ["visits"], ["visits_float"], to=TensorProto.FLOAT),
        helper.make_node("Concat", ["colour_onehot", "visits_float", "size"], ["features"], axis=1),
        helper.make_node("MatMul", ["features", "coef"], ["score"]),
        helper.make_node("Add", ["score", "intercept"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p1"]),
        helper.make_node("Sub", ["one", "p1"], ["p0"]),
        helper.make_node("Concat", ["p0", "p1"], ["probabilities"], axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["label_index"], axis=1, keepdims=0),
        helper.make_node("ArrayFeatureExtractor", ["classes", "label_index"], ["label_row"], domain="ai.onnx.ml"),
        helper.make_node("Reshape", ["label_row", "flat"], ["output_label"]),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                         classlabels_strings=classes),
    ]
    inits = [f32("coef", lr.coef_.T), f32("intercept", lr.intercept_), f32("one", [1.0]),
             helper.make_tensor("classes", TensorProto.STRING, [2], [c.encode() for c in classes]),
             helper.make_tensor("flat", TensorProto.INT64, [1], [-1])]
    graph = helper.make_graph(nodes, "shop_logistic", [
        helper.make_tensor_value_info("colour", TensorProto.STRING, [None, 1]),
        helper.make_tensor_value_info("visits", TensorProto.INT64, [None, 1]),
        helper.make_tensor_value_info("size", TensorProto.FLOAT, [None, 1])],
        [helper.make_tensor_value_info("output_label", TensorProto.STRING, [None]),
         probability_maps("output_probability", TensorProto.STRING)], inits)
    save(graph, "shop-logistic-mixed.onnx")


def hostile():
    """Files mlgate refuses before ONNX Runtime reads them."""
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 2])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 1])
    # An operator of a custom domain (a custom-op library's, which would be native code).
    custom = helper.make_graph([helper.make_node("Exploit", ["x"], ["y"], domain="com.example.ops")], "custom", [x],
                               [y])
    model = helper.make_model(custom, opset_imports=OPSETS + [helper.make_opsetid("com.example.ops", 1)])
    model.ir_version = 8
    onnx.save(model, os.path.join(OUT, "hostile-custom-domain.onnx"))
    # A weight whose data lives in another file: ONNX Runtime would open the path.
    weight = helper.make_tensor("w", TensorProto.FLOAT, [2, 1], [0.0, 0.0])
    weight.ClearField("float_data")
    weight.data_location = TensorProto.EXTERNAL
    entry = weight.external_data.add()
    entry.key, entry.value = "location", "../../../../etc/passwd"
    external = helper.make_graph([helper.make_node("MatMul", ["x", "w"], ["y"])], "external", [x], [y], [weight])
    model = helper.make_model(external, opset_imports=OPSETS)
    model.ir_version = 8
    onnx.save(model, os.path.join(OUT, "hostile-external-data.onnx"))
    # A Loop of 2^62 iterations: standard operators only, so it passes inspection; each run has a time budget.
    body = helper.make_graph([
        helper.make_node("Identity", ["cond_in"], ["cond_out"]),
        helper.make_node("Add", ["x_in", "one"], ["x_out"]),
    ], "body", [helper.make_tensor_value_info("iteration", TensorProto.INT64, []),
                helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []),
                helper.make_tensor_value_info("x_in", TensorProto.FLOAT, None)],
        [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
         helper.make_tensor_value_info("x_out", TensorProto.FLOAT, None)],
        [helper.make_tensor("one", TensorProto.FLOAT, [], [1.0])])
    endless = helper.make_graph([helper.make_node("Loop", ["trips", "cond", "x"], ["variable"], body=body)],
                                "endless", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 1])],
                                [helper.make_tensor_value_info("variable", TensorProto.FLOAT, [None, 1])],
                                [helper.make_tensor("trips", TensorProto.INT64, [], [1 << 62]),
                                 helper.make_tensor("cond", TensorProto.BOOL, [], [True])])
    model = helper.make_model(endless, opset_imports=OPSETS)
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, "hostile-endless-loop.onnx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    wine()
    cancer()
    diabetes()
    forest()
    shop()
    hostile()
    print("onnx", onnx.__version__, "fixtures written to", os.path.normpath(OUT))

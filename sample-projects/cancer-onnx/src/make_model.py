#!/usr/bin/python3
"""Trains the sample's scikit-learn model and exports it to ONNX (deterministic; a developer tool, not run by the
build).

    apt-get install -y python3-sklearn python3-onnx
    /usr/bin/python3 src/make_model.py

A StandardScaler and LogisticRegression pipeline on ten columns of scikit-learn's breast cancer data, trained from a
DataFrame, written as skl2onnx writes such a model (skl2onnx is not in Debian, so the graph is built with onnx.helper
from the fitted weights): one input per column, named after it ([N, 1] float each), concatenated; ai.onnx.ml Scaler;
MatMul, Add, Sigmoid; the label as a string tensor 'output_label' and the probabilities as a ZipMap
'output_probability' whose class labels are the class names. Writes data/cancer-train.csv, data/cancer-validation.csv,
model/cancer-logistic.onnx, and data/sklearn-predictions.csv (scikit-learn's own predict_proba of the validation rows,
which ONNX Runtime in mlgate reproduces to about 1e-7).
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
NAMES = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave_points",
         "symmetry", "fractal_dimension"]


def write_csv(path, x, labels):
    with open(path, "w") as out:
        out.write(",".join(NAMES + ["diagnosis"]) + "\n")
        for row, label in zip(x, labels):
            out.write(",".join([repr(float(v)) for v in row] + [label]) + "\n")


def main():
    data = load_breast_cancer()
    x = data.data[:, :10]
    y = np.where(data.target == 0, "malignant", "benign")
    order = np.random.default_rng(21).permutation(len(x))
    valid, train = order[:170], order[170:]
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    pipe.fit(x[train], y[train])
    scaler, lr = pipe[0], pipe[1]
    classes = list(lr.classes_)  # benign, malignant: the positive (second) class is malignant
    write_csv(os.path.join(ROOT, "data", "cancer-train.csv"), x[train], y[train])
    write_csv(os.path.join(ROOT, "data", "cancer-validation.csv"), x[valid], y[valid])
    proba = pipe.predict_proba(x[valid])
    with open(os.path.join(ROOT, "data", "sklearn-predictions.csv"), "w") as out:
        out.write("p_benign,p_malignant,predicted\n")
        for p, label in zip(proba, pipe.predict(x[valid])):
            out.write(f"{p[0]!r},{p[1]!r},{label}\n")

    def f32(name, values):
        values = np.asarray(values, dtype=np.float32)
        return helper.make_tensor(name, TensorProto.FLOAT, values.shape, values.flatten().tolist())

    maps = onnx.TypeProto()
    maps.map_type.key_type = TensorProto.STRING
    maps.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.FLOAT, []))
    nodes = [
        helper.make_node("Concat", NAMES, ["features"], axis=1),
        helper.make_node("Scaler", ["features"], ["scaled"], domain="ai.onnx.ml",
                         offset=scaler.mean_.astype(np.float32).tolist(),
                         scale=(1.0 / scaler.scale_).astype(np.float32).tolist()),
        helper.make_node("MatMul", ["scaled", "coef"], ["score"]),
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
    graph = helper.make_graph(nodes, "cancer_logistic",
                              [helper.make_tensor_value_info(n, TensorProto.FLOAT, [None, 1]) for n in NAMES],
                              [helper.make_tensor_value_info("output_label", TensorProto.STRING, [None]),
                               helper.make_value_info("output_probability", helper.make_sequence_type_proto(maps))],
                              inits)
    model = helper.make_model(graph, producer_name="skl2onnx", producer_version="1.16.0",
                              opset_imports=[helper.make_opsetid("", 15), helper.make_opsetid("ai.onnx.ml", 3)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(ROOT, "model", "cancer-logistic.onnx"))


if __name__ == "__main__":
    main()

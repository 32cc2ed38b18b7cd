#!/usr/bin/python3
"""Trains the sample's XGBoost model (deterministic; a developer tool, not run by the build).

    apt-get install -y python3-xgboost python3-sklearn
    /usr/bin/python3 src/make_model.py

An XGBoost multi:softprob classifier of scikit-learn's wine data (three cultivars, thirteen measurements), trained
from a NumPy array as many training scripts do: the saved model knows its features only as f0 to f12 and its classes
as 0, 1 and 2, so the POM names them (featureColumns, labels). About 3% of the measurements are missing in both
files; XGBoost learns a default direction for them at every split. Writes data/wine-train.csv,
data/wine-validation.csv, model/wine.ubj (XGBoost's binary JSON) and data/xgboost-predictions.csv (XGBoost's own
predict_proba of the validation rows, which mlgate's evaluator reproduces to within 1e-9).
"""
import os

import numpy as np
import xgboost as xgb
from sklearn.datasets import load_wine

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CULTIVARS = ["barolo", "grignolino", "barbera"]


def write_csv(path, names, x, labels):
    with open(path, "w") as out:
        out.write(",".join(names + ["cultivar"]) + "\n")
        for row, label in zip(x, labels):
            out.write(",".join(["" if np.isnan(v) else repr(float(v)) for v in row] + [CULTIVARS[label]]) + "\n")


def main():
    data = load_wine()
    names = [n.replace("/", "_") for n in data.feature_names]
    x = data.data.copy()
    rng = np.random.default_rng(31)
    x[rng.random(x.shape) < 0.03] = np.nan
    order = rng.permutation(len(x))
    valid, train = order[:60], order[60:]
    model = xgb.XGBClassifier(n_estimators=30, max_depth=3, learning_rate=0.3, tree_method="hist",
                              objective="multi:softprob", random_state=0)
    model.fit(x[train], data.target[train])
    model.save_model(os.path.join(ROOT, "model", "wine.ubj"))
    write_csv(os.path.join(ROOT, "data", "wine-train.csv"), names, x[train], data.target[train])
    write_csv(os.path.join(ROOT, "data", "wine-validation.csv"), names, x[valid], data.target[valid])
    proba = model.predict_proba(x[valid])
    with open(os.path.join(ROOT, "data", "xgboost-predictions.csv"), "w") as out:
        out.write(",".join("p_" + c for c in CULTIVARS) + ",predicted\n")
        for p, label in zip(proba, model.predict(x[valid])):
            out.write(",".join("%.9g" % v for v in p) + "," + CULTIVARS[label] + "\n")


if __name__ == "__main__":
    main()

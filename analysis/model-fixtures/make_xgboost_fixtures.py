#!/usr/bin/python3
"""Makes the XGBoost fixtures of the model tests (a developer tool: tests and CI never run it).

Needs Debian's python3-xgboost (1.7.4), python3-sklearn and python3-pandas:
    apt-get install -y python3-xgboost python3-sklearn python3-pandas
    /usr/bin/python3 analysis/model-fixtures/make_xgboost_fixtures.py

Writes into analysis/src/test/resources/model/xgboost/, for each model: the model in XGBoost's JSON and UBJ formats,
its validation CSV (about 5% of the feature cells empty, which XGBoost reads as missing), and XGBoost's own
predictions of those rows (predict_proba or predict, and the raw margins), written with every digit of the float32
values, so that the Java evaluator can be compared with XGBoost itself.
"""
import os

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "model", "xgboost")


def with_missing(frame, seed, share=0.05):
    """The same frame with about `share` of its cells set to NaN (missing)."""
    rng = np.random.default_rng(seed)
    values = frame.to_numpy(dtype=np.float64, copy=True)
    values[rng.random(values.shape) < share] = np.nan
    return pd.DataFrame(values, columns=frame.columns)


def split(frame, target, seed, validation_rows):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(frame))
    valid, train = order[:validation_rows], order[validation_rows:]
    return (frame.iloc[train].reset_index(drop=True), target[train],
            frame.iloc[valid].reset_index(drop=True), target[valid])


def write_csv(path, frame, label_name, labels):
    data = frame.copy()
    data[label_name] = labels
    # repr of a float64 is its shortest exact form: Java's Double.parseDouble reads back the same double, and both
    # sides then round it to the same float32, as XGBoost does.
    data.to_csv(path, index=False, float_format=None, na_rep="")


def write_predictions(path, columns):
    frame = pd.DataFrame({name: np.asarray(values, dtype=np.float32).astype(np.float64)
                          for name, values in columns.items()})
    frame.to_csv(path, index=False, float_format="%.9g")


def save(model, name):
    model.save_model(os.path.join(OUT, name + ".json"))
    model.save_model(os.path.join(OUT, name + ".ubj"))


def binary():
    data = load_breast_cancer()
    names = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave_points",
             "symmetry", "fractal_dimension"]
    frame = with_missing(pd.DataFrame(data.data[:, :10], columns=names), seed=1)
    labels = np.where(data.target == 1, "benign", "malignant")
    y = (labels == "malignant").astype(int)  # class 1 = malignant
    x_train, y_train, x_valid, y_valid = split(frame, y, seed=2, validation_rows=170)
    model = xgb.XGBClassifier(n_estimators=40, max_depth=3, learning_rate=0.3, tree_method="hist",
                              objective="binary:logistic", random_state=0)
    model.fit(x_train, y_train)
    save(model, "cancer-binary")
    write_csv(os.path.join(OUT, "cancer-validation.csv"), x_valid, "diagnosis",
              np.where(y_valid == 1, "malignant", "benign"))
    proba = model.predict_proba(x_valid)
    margin = model.get_booster().predict(xgb.DMatrix(x_valid), output_margin=True)
    write_predictions(os.path.join(OUT, "cancer-binary-predictions.csv"),
                      {"p_benign": proba[:, 0], "p_malignant": proba[:, 1], "margin": margin})


def multiclass():
    data = load_wine()
    frame = with_missing(pd.DataFrame(data.data, columns=[n.replace("/", "_") for n in data.feature_names]), seed=3)
    x_train, y_train, x_valid, y_valid = split(frame, data.target, seed=4, validation_rows=60)
    # Trained from a numpy array: the model has no feature names, so mlgate needs featureColumns.
    model = xgb.XGBClassifier(n_estimators=25, max_depth=3, learning_rate=0.3, tree_method="hist",
                              objective="multi:softprob", random_state=0)
    model.fit(x_train.to_numpy(), y_train)
    save(model, "wine-softprob")
    write_csv(os.path.join(OUT, "wine-validation.csv"), x_valid, "cultivar",
              np.array(["barolo", "grignolino", "barbera"])[y_valid])
    proba = model.predict_proba(x_valid.to_numpy())
    write_predictions(os.path.join(OUT, "wine-softprob-predictions.csv"),
                      {"p_" + str(c): proba[:, c] for c in range(3)})


def regression():
    data = load_diabetes()
    frame = with_missing(pd.DataFrame(data.data, columns=data.feature_names), seed=5)
    x_train, y_train, x_valid, y_valid = split(frame, data.target, seed=6, validation_rows=120)
    model = xgb.XGBRegressor(n_estimators=60, max_depth=4, learning_rate=0.1, tree_method="hist",
                             objective="reg:squarederror", base_score=float(np.mean(y_train)), random_state=0)
    model.fit(x_train, y_train)
    save(model, "diabetes-regression")
    write_csv(os.path.join(OUT, "diabetes-validation.csv"), x_valid, "progression", y_valid)
    write_predictions(os.path.join(OUT, "diabetes-regression-predictions.csv"),
                      {"predicted": model.predict(x_valid)})


def poisson():
    """count:poisson: a log link (exp transform and a log base score), on the diabetes features."""
    data = load_diabetes()
    frame = with_missing(pd.DataFrame(data.data, columns=data.feature_names), seed=7)
    counts = np.round(data.target / 25.0)
    x_train, y_train, x_valid, y_valid = split(frame, counts, seed=8, validation_rows=120)
    model = xgb.XGBRegressor(n_estimators=30, max_depth=3, learning_rate=0.2, tree_method="hist",
                             objective="count:poisson", random_state=0)
    model.fit(x_train, y_train)
    save(model, "diabetes-poisson")
    write_csv(os.path.join(OUT, "diabetes-counts-validation.csv"), x_valid, "visits", y_valid)
    write_predictions(os.path.join(OUT, "diabetes-poisson-predictions.csv"), {"predicted": model.predict(x_valid)})


def dart():
    """The dart booster: each tree's output is scaled by its weight_drop at prediction time."""
    data = load_diabetes()
    frame = with_missing(pd.DataFrame(data.data, columns=data.feature_names), seed=9)
    x_train, y_train, x_valid, y_valid = split(frame, data.target, seed=10, validation_rows=120)
    model = xgb.XGBRegressor(booster="dart", n_estimators=30, max_depth=3, learning_rate=0.3, rate_drop=0.2,
                             skip_drop=0.0, tree_method="hist", base_score=150.0, random_state=0)
    model.fit(x_train, y_train)
    save(model, "diabetes-dart")
    write_csv(os.path.join(OUT, "diabetes-dart-validation.csv"), x_valid, "progression", y_valid)
    write_predictions(os.path.join(OUT, "diabetes-dart-predictions.csv"), {"predicted": model.predict(x_valid)})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    binary()
    multiclass()
    regression()
    poisson()
    dart()
    print("xgboost", xgb.__version__, "fixtures written to", os.path.normpath(OUT))

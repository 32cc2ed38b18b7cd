#!/usr/bin/env python3
"""Builds the datasets of the calibration suite (analysis/src/test/resources/calibration/*.csv.gz).

Each output file holds one public dataset: its original feature columns (names reduced to [A-Za-z0-9_]), the
true value in ``actual`` and out-of-fold predictions of a real scikit-learn model from 5-fold cross-validation
with a fixed seed: ``predicted`` and, for classification, one ``p_<label>`` column per class. Because every
prediction is out-of-fold, the validation rows of any random split carry honest held-out predictions.

A developer tool, never needed by the tests or CI. Needs Python 3 with scikit-learn 1.2.1, pandas and numpy
(Debian: python3-sklearn, python3-pandas) and, for the five R datasets, Rscript with kernlab, mlbench, AER and
ggplot2 (Debian: r-base-core, r-cran-kernlab, r-cran-mlbench, r-cran-aer, r-cran-ggplot2).

    python3 analysis/calibration-data/make_calibration_data.py            # all datasets
    python3 analysis/calibration-data/make_calibration_data.py iris wine  # some of them

The output is deterministic for the same library versions (fixed seeds, gzip without a timestamp).
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
from sklearn import datasets
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression, RidgeCV
from sklearn.model_selection import KFold, StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder, StandardScaler

SEED = 20240601
FOLDS = 5
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "src", "test", "resources", "calibration"))
R_SCRIPT = os.path.join(HERE, "export_r_datasets.R")


def sanitise(name):
    clean = re.sub(r"[^A-Za-z0-9_]+", "_", str(name)).strip("_")
    return clean if clean else "column"


def sanitise_all(names):
    out = [sanitise(n) for n in names]
    if len(set(out)) != len(out):
        raise SystemExit(f"column names collide after sanitising: {out}")
    for n in out:
        if n in ("actual", "predicted") or n.startswith("p_"):
            raise SystemExit(f"column {n} would be read as a prediction column")
    return out


def number_text(values):
    """Shortest text that reads back as the same double; whole-number columns as integers."""
    values = np.asarray(values, dtype=float)
    if np.all(np.isfinite(values)) and np.all(values == np.round(values)):
        return [str(int(v)) for v in values]
    return [repr(float(v)) if np.isfinite(v) else "" for v in values]


def significant(values, digits=6):
    """Model outputs (regression predictions, log wages): `digits` significant digits, no exponent."""
    return [np.format_float_positional(float(v), precision=digits, unique=True, fractional=False, trim="-")
            for v in values]


def probability_text(proba):
    """Probabilities in units of 1e-4; the largest of each row absorbs the rounding, so that rows sum to 1."""
    q = np.rint(proba * 10000).astype(np.int64)
    top = proba.argmax(axis=1)
    rows = np.arange(len(q))
    q[rows, top] = 10000 - (q.sum(axis=1) - q[rows, top])
    if (q < 0).any():
        raise SystemExit("probability rounding went negative")

    def text(units):
        if units == 0:
            return "0"
        if units == 10000:
            return "1"
        return ("0.%04d" % units).rstrip("0")

    return [[text(u) for u in row] for row in q]


# ---- the datasets ------------------------------------------------------------------------------------------

def sklearn_frame(bunch, feature_names=None):
    names = sanitise_all(feature_names if feature_names is not None else bunch.feature_names)
    frame = pd.DataFrame({n: number_text(bunch.data[:, i]) for i, n in enumerate(names)})
    return frame


def breast_cancer():
    b = datasets.load_breast_cancer()
    return sklearn_frame(b), [b.target_names[t] for t in b.target], "classification", "logistic"


def wine():
    b = datasets.load_wine()
    return sklearn_frame(b), [b.target_names[t] for t in b.target], "classification", "logistic"


def digits():
    b = datasets.load_digits()
    return sklearn_frame(b), [str(t) for t in b.target], "classification", "logistic"


def iris():
    b = datasets.load_iris()
    return sklearn_frame(b), [b.target_names[t] for t in b.target], "classification", "logistic"


def diabetes():
    # The original (unscaled) values of Efron et al.: age, sex (1/2), bmi, bp, s1..s6; target = disease
    # progression one year after baseline.
    b = datasets.load_diabetes(scaled=False)
    return sklearn_frame(b), number_text(b.target), "regression", "ridge"


def r_frame(rdir, name):
    # Every cell as text, exactly as R wrote it: numbers keep their digits, factor levels their labels.
    frame = pd.read_csv(os.path.join(rdir, name + ".csv"), dtype=str, keep_default_na=False)
    frame.columns = sanitise_all(frame.columns)
    return frame


def spam(rdir):
    f = r_frame(rdir, "spam")
    return f.drop(columns=["type"]), list(f["type"]), "classification", "hgb"


def ticdata(rdir):
    f = r_frame(rdir, "ticdata")
    return f.drop(columns=["CARAVAN"]), list(f["CARAVAN"]), "classification", "hgb"


def letter(rdir):
    f = r_frame(rdir, "letter")
    return f.drop(columns=["lettr"]), list(f["lettr"]), "classification", "hgb"


def cps1988(rdir):
    # Regression on log(wage) (the Mincer equation of Bierens and Ginther, as in AER's examples); the wage
    # itself is dropped, it would be the target in other units.
    f = r_frame(rdir, "cps1988")
    target = significant(np.log(f["wage"].astype(float)))
    return f.drop(columns=["wage"]), target, "regression", "hgb"


def diamonds(rdir):
    f = r_frame(rdir, "diamonds")
    return f.drop(columns=["price"]), list(f["price"]), "regression", "hgb"


SKLEARN = {"breast_cancer": breast_cancer, "wine": wine, "digits": digits, "iris": iris, "diabetes": diabetes}
R = {"spam": spam, "ticdata": ticdata, "letter": letter, "cps1988": cps1988, "diamonds": diamonds}


# ---- models ------------------------------------------------------------------------------------------------

def is_text(column):
    try:
        pd.to_numeric(column[column != ""])
        return False
    except ValueError:
        return True


def design(frame):
    """Numbers as floats (empty = NaN), text columns ordinal-encoded; returns X and the categorical mask."""
    text = [c for c in frame.columns if is_text(frame[c])]
    numeric = [c for c in frame.columns if c not in text]
    X = pd.DataFrame(index=frame.index)
    for c in text:
        X[c] = frame[c]
    for c in numeric:
        X[c] = pd.to_numeric(frame[c].replace("", np.nan))
    return X[text + numeric], text


def model(kind, task, text_columns, n_columns):
    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000))
    if kind == "ridge":
        return make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-3, 3, 13)))
    encode = ColumnTransformer(
        [("text", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=np.nan), text_columns)],
        remainder="passthrough")
    mask = [True] * len(text_columns) + [False] * (n_columns - len(text_columns))
    categorical = mask if text_columns else None
    if task == "classification":
        return make_pipeline(encode, HistGradientBoostingClassifier(categorical_features=categorical,
                                                                    random_state=SEED))
    return make_pipeline(encode, HistGradientBoostingRegressor(categorical_features=categorical, random_state=SEED))


def build(name, frame, target, task, kind):
    X, text_columns = design(frame)
    estimator = model(kind, task, text_columns, X.shape[1])
    out = frame.copy()
    out["actual"] = target
    if task == "classification":
        y = np.asarray(target)
        folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        proba = cross_val_predict(estimator, X, y, cv=folds, method="predict_proba")
        labels = np.unique(y)  # the column order of predict_proba
        out["predicted"] = labels[proba.argmax(axis=1)]
        for j, text in enumerate(zip(*probability_text(proba))):
            out["p_" + str(labels[j])] = text
        score = "accuracy %.4f, majority share %.4f" % (
            np.mean(out["predicted"] == y), pd.Series(y).value_counts(normalize=True).iloc[0])
    else:
        y = np.asarray(target, dtype=float)
        folds = KFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        pred = cross_val_predict(estimator, X, y, cv=folds)
        out["predicted"] = significant(pred)
        score = "R2 %.4f, MAE %.4g" % (1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2),
                                       np.mean(np.abs(y - pred)))
    path = os.path.join(OUT, name + ".csv.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(out.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    features = frame.columns
    duplicates = int(out.duplicated(subset=list(features) + ["actual"]).sum())
    print("%-14s %6d rows %3d features (%d text)  %-9s %s; %d duplicate rows (features and actual); %d bytes"
          % (name, len(out), len(features), len(text_columns), kind, score, duplicates, os.path.getsize(path)))


def main(argv):
    wanted = argv[1:] or list(SKLEARN) + list(R)
    unknown = [w for w in wanted if w not in SKLEARN and w not in R]
    if unknown:
        raise SystemExit(f"unknown datasets {unknown}; choose from {list(SKLEARN) + list(R)}")
    os.makedirs(OUT, exist_ok=True)
    for name in wanted:
        if name in SKLEARN:
            build(name, *SKLEARN[name]())
    r_wanted = [w for w in wanted if w in R]
    if r_wanted:
        with tempfile.TemporaryDirectory() as rdir:
            subprocess.run(["Rscript", R_SCRIPT, rdir], check=True)
            for name in r_wanted:
                build(name, *R[name](rdir))


if __name__ == "__main__":
    main(sys.argv)

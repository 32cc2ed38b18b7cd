#!/usr/bin/env python3
"""Times scikit-learn on the synthetic data that MetricsBenchmark writes (--write-csv DIR).

The same metric set as the Java point metrics: accuracy, balanced accuracy, precision/recall/F1 (binary or macro,
plus macro/micro/weighted), MCC, Cohen's kappa, confusion matrix, ROC AUC (binary; multi-class ovr macro, ovr
weighted and ovo), average precision, log loss, Brier, ROC and PR curves, 10-bin calibration. Best of 5 after
2 warm-ups. Prints one line per data set: "<name> point_ms <ms>". With --bootstrap R it also times R replicates of a
numpy Poisson bootstrap of accuracy, F1 and AUC (the binary set) and prints them scaled to 1000 replicates.

Usage: sklearn_metrics_benchmark.py DIR [--bootstrap R]
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn import metrics as m
from sklearn.calibration import calibration_curve
from sklearn.preprocessing import label_binarize


def point_metrics(y, pred, proba, labels, positive):
    out = {}
    out["accuracy"] = m.accuracy_score(y, pred)
    out["balanced_accuracy"] = m.balanced_accuracy_score(y, pred)
    for avg in ("macro", "micro", "weighted"):
        out[avg] = m.precision_recall_fscore_support(y, pred, average=avg, zero_division=0)
    out["per_class"] = m.precision_recall_fscore_support(y, pred, average=None, zero_division=0)
    out["mcc"] = m.matthews_corrcoef(y, pred)
    out["kappa"] = m.cohen_kappa_score(y, pred)
    out["cm"] = m.confusion_matrix(y, pred, labels=labels)
    out["log_loss"] = m.log_loss(y, proba, labels=labels)
    if positive is not None:
        p = proba[:, labels.index(positive)]
        yb = (y == positive).astype(int)
        out["binary"] = m.precision_recall_fscore_support(y, pred, average="binary", pos_label=positive)
        out["auc"] = m.roc_auc_score(yb, p)
        out["ap"] = m.average_precision_score(yb, p)
        out["brier"] = m.brier_score_loss(yb, p)
        out["roc"] = m.roc_curve(yb, p)
        out["pr"] = m.precision_recall_curve(yb, p)
        out["cal"] = calibration_curve(yb, p, n_bins=10)
    else:
        onehot = label_binarize(y, classes=labels)
        out["auc"] = m.roc_auc_score(y, proba, multi_class="ovr", labels=labels)
        out["auc_w"] = m.roc_auc_score(y, proba, multi_class="ovr", average="weighted", labels=labels)
        out["auc_ovo"] = m.roc_auc_score(y, proba, multi_class="ovo", labels=labels)
        out["ap"] = m.average_precision_score(onehot, proba, average="macro")
        out["brier"] = np.mean(np.sum((proba - onehot) ** 2, axis=1))
        top = proba.max(axis=1)
        correct = (proba.argmax(axis=1) == y).astype(int)
        out["cal"] = calibration_curve(correct, top, n_bins=10)
    return out


def best_of(fn, warmups=2, runs=5):
    for _ in range(warmups):
        fn()
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def poisson_bootstrap_ms(y, pred, p, positive, replicates):
    rng = np.random.default_rng(42)
    yb = (y == positive).astype(int)
    start = time.perf_counter()
    for _ in range(replicates):
        w = rng.poisson(1.0, size=len(y))
        m.accuracy_score(y, pred, sample_weight=w)
        m.f1_score(y, pred, pos_label=positive, sample_weight=w)
        m.roc_auc_score(yb, p, sample_weight=w)
    return (time.perf_counter() - start) * 1000


def main():
    directory = sys.argv[1]
    replicates = int(sys.argv[sys.argv.index("--bootstrap") + 1]) if "--bootstrap" in sys.argv else 0
    for name, file, positive in (("binary", "binary.csv", "pos"), ("3-class", "multiclass.csv", None)):
        frame = pd.read_csv(f"{directory}/{file}", dtype={"actual": str, "predicted": str})
        names = [c[2:] for c in frame.columns if c.startswith("p_")]
        proba = frame[[f"p_{label}" for label in names]].to_numpy()
        # Integer class codes: scikit-learn's fast path (on 1M Python strings it is 50-100x slower still).
        code = {label: i for i, label in enumerate(names)}
        y = frame["actual"].map(code).to_numpy(dtype=np.int64)
        pred = frame["predicted"].map(code).to_numpy(dtype=np.int64)
        labels = list(range(len(names)))
        positive = None if positive is None else code[positive]
        result = point_metrics(y, pred, proba, labels, positive)
        ms = best_of(lambda: point_metrics(y, pred, proba, labels, positive))
        print(f"{name} point_ms {ms:.1f} rows {len(y)} accuracy {result['accuracy']:.4f} auc {result['auc']:.4f}"
              f" log_loss {result['log_loss']:.4f}")
        if replicates and positive is not None:
            boot = poisson_bootstrap_ms(y, pred, proba[:, labels.index(positive)], positive, replicates)
            print(f"{name} bootstrap_ms_per_1000 {boot * 1000 / replicates:.0f} (measured {replicates} replicates"
                  f" of accuracy, f1, aucRoc, scaled)")


if __name__ == "__main__":
    main()

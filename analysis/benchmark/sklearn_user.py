#!/usr/bin/env python3
"""What a user runs instead of `mvn ml:evaluate` on a predictions file: pandas.read_csv, labels as integer codes,
and the scikit-learn metric set that mlgate computes. Timed as a whole process by end_to_end.py.

Metric set: accuracy, balanced accuracy, precision/recall/F1 macro, micro and weighted (binary: also of the
positive class), MCC, Cohen's kappa, confusion matrix, ROC AUC (binary; 3 classes: one-vs-rest macro and weighted,
one-vs-one), average precision (multi-class: macro of one-vs-rest), log loss, Brier score. Binary tasks use the
minority class of the file as the positive label, as mlgate does by default. No bootstrap intervals, no error
analysis, no data checks, no report: this is the bare minimum a user would compare with.

Usage: sklearn_user.py PREDICTIONS.csv
Prints one JSON line: rows, accuracy, aucRoc, logLoss, and the seconds spent in read_csv and in the metrics.
"""
import json
import sys
import time

start = time.perf_counter()
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn import metrics as m  # noqa: E402
from sklearn.preprocessing import label_binarize  # noqa: E402

imported = time.perf_counter()


def main(path):
    frame = pd.read_csv(path)
    read = time.perf_counter()
    names = sorted(set(frame["actual"].astype(str)) | set(frame["predicted"].astype(str)))
    code = {label: i for i, label in enumerate(names)}
    y = frame["actual"].astype(str).map(code).to_numpy(dtype=np.int64)
    pred = frame["predicted"].astype(str).map(code).to_numpy(dtype=np.int64)
    proba = frame[[f"p_{label}" for label in names]].to_numpy(dtype=np.float64)
    labels = list(range(len(names)))

    out = {"rows": int(len(y))}
    out["accuracy"] = m.accuracy_score(y, pred)
    out["balancedAccuracy"] = m.balanced_accuracy_score(y, pred)
    for avg in ("macro", "micro", "weighted"):
        p, r, f, _ = m.precision_recall_fscore_support(y, pred, average=avg, labels=labels, zero_division=0)
        out[f"{avg}Precision"], out[f"{avg}Recall"], out[f"{avg}F1"] = p, r, f
    out["mcc"] = m.matthews_corrcoef(y, pred)
    out["cohenKappa"] = m.cohen_kappa_score(y, pred)
    confusion = m.confusion_matrix(y, pred, labels=labels)
    out["logLoss"] = m.log_loss(y, proba, labels=labels)
    if len(labels) == 2:
        positive = int(np.argmin(np.bincount(y, minlength=2)))
        yb = (y == positive).astype(np.int64)
        p_pos = proba[:, positive]
        p, r, f, _ = m.precision_recall_fscore_support(y, pred, average="binary", pos_label=positive,
                                                       zero_division=0)
        out["precision"], out["recall"], out["f1"] = p, r, f
        out["aucRoc"] = m.roc_auc_score(yb, p_pos)
        out["averagePrecision"] = m.average_precision_score(yb, p_pos)
        out["brier"] = m.brier_score_loss(yb, p_pos)
    else:
        onehot = label_binarize(y, classes=labels)
        out["aucRoc"] = m.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=labels)
        out["aucRocWeighted"] = m.roc_auc_score(y, proba, multi_class="ovr", average="weighted", labels=labels)
        out["aucRocOvo"] = m.roc_auc_score(y, proba, multi_class="ovo", labels=labels)
        out["averagePrecision"] = m.average_precision_score(onehot, proba, average="macro")
        out["brier"] = float(np.mean(np.sum((proba - onehot) ** 2, axis=1)))
    done = time.perf_counter()
    out["confusionTotal"] = int(confusion.sum())
    out["importSeconds"] = imported - start
    out["readSeconds"] = read - imported
    out["metricsSeconds"] = done - read
    print(json.dumps({k: (float(v) if isinstance(v, np.floating) else v) for k, v in out.items()}))


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/python3
"""Makes the multi-label, clustering and anomaly-detection fixtures of TaskMetricsGoldenTest and their expected
values, computed by scikit-learn 1.2.1 (Debian's python3-sklearn):

    /usr/bin/python3 make_expected.py        (run in this folder; rewrites the *.csv and *.json files)

The CSV files are predictions files as mlgate reads them (label sets joined by '|', scores under the prefix p_);
the JSON files hold scikit-learn's values under mlgate's metric names. precisionAtK is not a scikit-learn metric:
its expected value is the mean over the orders its tied rows could take, computed here from the rows above the cut
plus the tied group's share, and checked against the mean of 2000 random tie-breaks (within 0.01).
"""
import json
import warnings

import numpy as np
import sklearn
from sklearn import metrics as M
from sklearn.preprocessing import MultiLabelBinarizer

warnings.simplefilter("ignore")
assert sklearn.__version__ == "1.2.1", sklearn.__version__


def write_csv(name, header, rows):
    with open(name, "w", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(str(c) for c in row) + "\n")


def write_json(name, values):
    with open(name, "w") as f:
        json.dump(values, f, indent=2, sort_keys=True)
        f.write("\n")


def multilabel(name, rows, seed, labels, scored_labels, never_predicted=()):
    rng = np.random.default_rng(seed)
    base = {label: p for label, p in zip(labels, np.linspace(0.15, 0.5, len(labels)))}
    actual, predicted, scores = [], [], []
    for _ in range(rows):
        truth = {l for l in labels if rng.random() < base[l]}
        row_scores = {}
        for l in scored_labels:
            signal = 0.35 if l in truth else 0.0
            row_scores[l] = float(np.round(np.clip(rng.normal(0.3 + signal, 0.2), 0, 1), 2))  # ties
        guess = {l for l in scored_labels if row_scores[l] >= 0.5 and l not in never_predicted}
        actual.append(truth)
        predicted.append(guess)
        scores.append(row_scores)
    header = ["id", "actual", "predicted"] + ["p_" + l for l in scored_labels]
    out = [[i, "|".join(sorted(a)), "|".join(sorted(p))] + [s[l] for l in scored_labels]
           for i, (a, p, s) in enumerate(zip(actual, predicted, scores))]
    write_csv(name + ".csv", header, out)
    universe = sorted(set().union(*actual, *predicted))
    mlb = MultiLabelBinarizer(classes=universe)
    Y = mlb.fit_transform(actual)
    P = mlb.transform(predicted)
    expected = {
        "subsetAccuracy": M.accuracy_score(Y, P),
        "hammingLoss": M.hamming_loss(Y, P),
        "jaccardSamples": M.jaccard_score(Y, P, average="samples"),
        "jaccardMicro": M.jaccard_score(Y, P, average="micro"),
        "jaccardMacro": M.jaccard_score(Y, P, average="macro"),
    }
    for avg in ("micro", "macro", "samples"):
        p, r, f, _ = M.precision_recall_fscore_support(Y, P, average=avg)
        expected[avg + "Precision"], expected[avg + "Recall"], expected[avg + "F1"] = p, r, f
    p, r, f, support = M.precision_recall_fscore_support(Y, P, average=None)
    per_label = {l: {"precision": p[i], "recall": r[i], "f1": f[i], "support": int(support[i])}
                 for i, l in enumerate(universe)}
    if set(scored_labels) >= set(universe):
        S = np.array([[s[l] for l in scored_labels] for s in scores])
        Ys = MultiLabelBinarizer(classes=list(scored_labels)).fit_transform(actual)
        expected["labelRankingAveragePrecision"] = M.label_ranking_average_precision_score(Ys, S)
        aucs, aps = [], []
        for j, l in enumerate(scored_labels):
            if l in per_label and 0 < Ys[:, j].sum() < rows:
                per_label[l]["aucRoc"] = M.roc_auc_score(Ys[:, j], S[:, j])
                per_label[l]["averagePrecision"] = M.average_precision_score(Ys[:, j], S[:, j])
                aucs.append(per_label[l]["aucRoc"])
                aps.append(per_label[l]["averagePrecision"])
        if len(aucs) == len(scored_labels):  # every label defined: scikit-learn's own macro average
            expected["aucRoc"] = M.roc_auc_score(Ys, S, average="macro")
            expected["averagePrecision"] = M.average_precision_score(Ys, S, average="macro")
    write_json(name + ".json", {"metrics": expected, "labels": per_label, "rows": rows})


def clustering(name, rows, seed, labels, clusters, purity):
    rng = np.random.default_rng(seed)
    truth = rng.choice(labels, size=rows, p=np.linspace(1, 2, len(labels)) / np.linspace(1, 2, len(labels)).sum())
    home = {l: clusters[i % len(clusters)] for i, l in enumerate(labels)}
    pred = [home[t] if rng.random() < purity else rng.choice(clusters) for t in truth]
    write_csv(name + ".csv", ["actual", "predicted", "feature"],
              [[t, c, round(float(rng.normal()), 3)] for t, c in zip(truth, pred)])
    pred = [str(c) for c in pred]
    h, c, v = M.homogeneity_completeness_v_measure(truth, pred)
    write_json(name + ".json", {"rows": rows, "metrics": {
        "adjustedRandIndex": M.adjusted_rand_score(truth, pred),
        "normalizedMutualInfo": M.normalized_mutual_info_score(truth, pred),
        "adjustedMutualInfo": M.adjusted_mutual_info_score(truth, pred),
        "homogeneity": h, "completeness": c, "vMeasure": v}})


def clustering_edges(name):
    """Small tables from scikit-learn's own test cases and limits: perfect, one cluster, all singletons."""
    cases = {
        "perfect": (["a", "a", "b", "b"], ["1", "1", "0", "0"]),
        "oneCluster": (["a", "a", "b", "b", "c"], ["0", "0", "0", "0", "0"]),
        "oneLabelOneCluster": (["a", "a", "a"], ["7", "7", "7"]),
        "singletons": (["a", "a", "b", "b"], ["0", "1", "2", "3"]),
        "sklearnDocs": (["0", "0", "0", "1", "1", "1"], ["0", "0", "1", "1", "2", "2"]),
        "independent": (["a", "a", "b", "b"], ["0", "1", "0", "1"]),
    }
    out = {}
    for case, (truth, pred) in cases.items():
        h, c, v = M.homogeneity_completeness_v_measure(truth, pred)
        out[case] = {"actual": truth, "predicted": pred, "metrics": {
            "adjustedRandIndex": M.adjusted_rand_score(truth, pred),
            "normalizedMutualInfo": M.normalized_mutual_info_score(truth, pred),
            "adjustedMutualInfo": M.adjusted_mutual_info_score(truth, pred),
            "homogeneity": h, "completeness": c, "vMeasure": v}}
    write_json(name + ".json", out)


def precision_at_k_brute_force(y, score, k, rng):
    values = []
    for _ in range(2000):
        order = np.lexsort((rng.random(len(score)), -score))
        values.append(y[order[:k]].sum() / k)
    return float(np.mean(values))


def precision_at_k_exact(y, score, k):
    order = np.argsort(-score, kind="stable")
    cut = score[order[k - 1]]
    above = score > cut
    tied = score == cut
    return (y[above].sum() + y[tied].sum() * (k - above.sum()) / tied.sum()) / k


def anomaly(name, rows, seed, share, top_k):
    rng = np.random.default_rng(seed)
    is_anomaly = rng.random(rows) < share
    score = np.round(np.where(is_anomaly, rng.normal(0.8, 0.6, rows), rng.normal(-0.2, 0.5, rows)), 1)  # ties
    flagged = score > 0.45
    names = np.where(is_anomaly, "ANOMALOUS", "EXPECTED")
    flags = np.where(flagged, "ANOMALOUS", "EXPECTED")
    write_csv(name + ".csv", ["actual", "predicted", "p_ANOMALOUS", "amount"],
              [[a, p, s, round(float(rng.uniform(1, 500)), 2)] for a, p, s in zip(names, flags, score)])
    y = is_anomaly.astype(int)
    p, r, f, _ = M.precision_recall_fscore_support(names, flags, pos_label="ANOMALOUS", average="binary")
    expected = {"precision": p, "recall": r, "f1": f, "aucRoc": M.roc_auc_score(y, score),
                "averagePrecision": M.average_precision_score(y, score)}
    checks = {}
    for k, key in ((int(y.sum()), "precisionAtK"), (top_k, "precisionAtTopK")):
        exact = precision_at_k_exact(y, score, k)
        brute = precision_at_k_brute_force(y, score, k, rng)
        assert abs(exact - brute) < 0.01, (exact, brute)
        expected[key] = float(exact)
        checks[key] = {"k": k, "bruteForce": brute}
    write_json(name + ".json", {"rows": rows, "topK": top_k, "metrics": expected, "bruteForce": checks})


if __name__ == "__main__":
    multilabel("multilabel", 300, 11, ["art", "bio", "chem", "dev", "eco", "gen"],
               ["art", "bio", "chem", "dev", "eco", "gen"], never_predicted=("gen",))
    clustering("clustering", 500, 12, ["setosa", "versicolor", "virginica", "other"], [0, 1, 2, 1000000007], 0.7)
    clustering("clustering_large", 6000, 13, [f"class{i:02d}" for i in range(10)], list(range(12)), 0.55)
    clustering_edges("clustering_edges")
    anomaly("anomaly", 400, 14, 0.08, 25)

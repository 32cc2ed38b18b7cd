"""Writes data/cells-train.csv and data/cells-validation.csv from scikit-learn's packaged copy of the Wisconsin
diagnostic breast cancer data (569 fine-needle aspirates, 30 measurements of their cell nuclei; 357 benign, 212
malignant), set up as novelty detection: the model learns what benign samples look like, and a malignant one is an
anomaly.

- training: 250 benign samples only (EXPECTED), as a one-class model trains;
- validation: the other 107 benign samples and 12 malignant ones drawn at random (ANOMALOUS), so that anomalies are
  about one row in ten, as in screening, each with an id (its position in scikit-learn's file) that the report's
  examples name. The training file has no id: Tribuo's CSVLoader reads every column but the response as a number.

Seeded, so running it again gives the same files:
    /usr/bin/python3 src/prepare/make_data.py
"""
import csv
import os

import numpy as np
from sklearn.datasets import load_breast_cancer

data = load_breast_cancer()
names = [n.replace(" ", "_") for n in data.feature_names]
rng = np.random.default_rng(20260103)
benign = np.flatnonzero(data.target == 1)
malignant = np.flatnonzero(data.target == 0)
rng.shuffle(benign)
train = benign[:250]
validation = np.concatenate([benign[250:], rng.choice(malignant, 12, replace=False)])
rng.shuffle(validation)

out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
for name, rows, with_id in (("cells-train.csv", train, False), ("cells-validation.csv", validation, True)):
    with open(os.path.join(out_dir, name), "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["sample_id"] * with_id + names + ["event"])
        for i in rows:
            event = "EXPECTED" if data.target[i] == 1 else "ANOMALOUS"
            writer.writerow([f"s{i}"] * with_id + [f"{v:.6g}" for v in data.data[i]] + [event])

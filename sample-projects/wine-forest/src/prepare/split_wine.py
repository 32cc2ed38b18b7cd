#!/usr/bin/python3
"""Writes the sample's training and validation splits of scikit-learn's wine data (deterministic, seed 41; a
developer tool, not run by the build).

    apt-get install -y python3-sklearn
    /usr/bin/python3 src/prepare/split_wine.py
"""
import os

import numpy as np
from sklearn.datasets import load_wine

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CULTIVARS = ["barolo", "grignolino", "barbera"]


def write_csv(path, names, x, labels):
    with open(path, "w") as out:
        out.write(",".join(names + ["cultivar"]) + "\n")
        for row, label in zip(x, labels):
            out.write(",".join([repr(float(v)) for v in row] + [CULTIVARS[label]]) + "\n")


def main():
    data = load_wine()
    names = [n.replace("/", "_") for n in data.feature_names]
    order = np.random.default_rng(41).permutation(len(data.data))
    valid, train = order[:60], order[60:]
    write_csv(os.path.join(ROOT, "data", "wine-train.csv"), names, data.data[train], data.target[train])
    write_csv(os.path.join(ROOT, "data", "wine-validation.csv"), names, data.data[valid], data.target[valid])


if __name__ == "__main__":
    main()

"""Writes data/iris-train.csv and data/iris-validation.csv from scikit-learn's packaged copy of the iris data.

The split is stratified by species and seeded, so running it again gives the same files:
    /usr/bin/python3 src/prepare/split_iris.py
"""
import csv
import os

from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split

HEADER = ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"]

iris = load_iris()
species = [iris.target_names[t] for t in iris.target]
train_x, valid_x, train_y, valid_y = train_test_split(
    iris.data, species, test_size=0.3, stratify=species, random_state=20260101)

out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
for name, xs, ys in (("iris-train.csv", train_x, train_y), ("iris-validation.csv", valid_x, valid_y)):
    with open(os.path.join(out_dir, name), "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        for x, y in zip(xs, ys):
            writer.writerow([f"{v:.1f}" for v in x] + [y])

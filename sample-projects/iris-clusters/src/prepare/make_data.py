"""Writes data/iris-train.csv (the measurements only: k-means sees no species) and data/iris-validation.csv (with
the species, which mlgate compares the clusters with) from scikit-learn's packaged copy of Fisher's iris data,
split 70/30, stratified by species, with a fixed seed:
    /usr/bin/python3 src/prepare/make_data.py

Tribuo's CSVLoader needs a response column even for clustering, so the training file carries a column 'cluster'
of -1 (Tribuo's unassigned cluster), which k-means ignores.
"""
import csv
import os

from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]

iris = load_iris()
species = [iris.target_names[t] for t in iris.target]
train_x, valid_x, train_y, valid_y = train_test_split(
    iris.data, species, test_size=0.3, stratify=species, random_state=20260102)

out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
with open(os.path.join(out_dir, "iris-train.csv"), "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(FEATURES + ["cluster"])
    for x in train_x:
        writer.writerow([f"{v:.1f}" for v in x] + ["-1"])
with open(os.path.join(out_dir, "iris-validation.csv"), "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(FEATURES + ["species"])
    for x, y in zip(valid_x, valid_y):
        writer.writerow([f"{v:.1f}" for v in x] + [y])

"""Writes data/digits-train.csv and data/digits-validation.csv: scikit-learn's packaged copy of the UCI optical
recognition of handwritten digits data (1797 images of 8x8 pixels, grey levels 0 to 16), with each digit's traits as
its label set: even (0 2 4 6 8), prime (2 3 5 7), loop (a closed loop: 0 6 8 9) and large (5 to 9). A 1 has none.

The training file writes a set as Tribuo's CSVLoader reads it (labels joined by commas); the validation file as
mlgate reads it (labels joined by |). The split is stratified by digit and seeded, so running it again gives the
same files:
    /usr/bin/python3 src/prepare/make_data.py
"""
import csv
import os

from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

TRAITS = {
    "even": {0, 2, 4, 6, 8},
    "prime": {2, 3, 5, 7},
    "loop": {0, 6, 8, 9},
    "large": {5, 6, 7, 8, 9},
}


def traits(digit):
    return [name for name, digits in TRAITS.items() if digit in digits]


digits = load_digits()
train_x, valid_x, train_y, valid_y = train_test_split(
    digits.data, digits.target, test_size=0.3, stratify=digits.target, random_state=20260101)

out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
header = [f"p{i}" for i in range(64)]
for name, xs, ys, separator in (("digits-train.csv", train_x, train_y, ","),
                                ("digits-validation.csv", valid_x, valid_y, "|")):
    with open(os.path.join(out_dir, name), "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header + ["traits"])
        for x, y in zip(xs, ys):
            writer.writerow([str(int(v)) for v in x] + [separator.join(traits(int(y)))])

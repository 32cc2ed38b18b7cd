#!/usr/bin/env python3
"""Writes the seeded synthetic CSV files of the end-to-end benchmark (end_to_end.py). numpy only, vectorised.

Subcommands (all deterministic for a given --seed; rows are generated in chunks of 1,000,000 with one seed per chunk,
so the first N rows of a longer file are the N-row file: `head -n $((N + 1))` of it gives the same rows):

  predictions --classes 2|3 --rows N --out FILE
      A predictions file as a Python user writes it with pandas (full-precision probabilities):
        amount (log-normal money, 2 decimals), tenure_months (skewed integer), usage (15% zeros, exponential),
        channel (5 levels, 45/25/15/10/5%), product (50 levels, Zipf-like), actual, predicted, p_<label>...
      2 classes: no / yes (about 23% yes); 3 classes: low / mid / high (about 22/52/26%).
      The model is a noisy copy of the true log-odds; its noise is larger on three products (weak slices to find).

  wide --rows N --features K --out FILE
      A binary predictions file with K feature columns: half numeric (log-normal, normal, integer, uniform in turn),
      half categorical (2 to 20 levels in turn), then actual, predicted, p_no, p_yes.

  model-data --train-rows N --rows M --train FILE --out FILE
      A binary problem (label no / yes) on 10 numeric features f0..f9 (normal, log-normal, integer, uniform,
      4 decimals): a training file for TrainBenchmarkModel and a validation file of M rows.
"""
import argparse
import sys

import numpy as np
import pandas as pd

CHUNK = 1_000_000
CHANNELS = np.array(["web", "store", "phone", "partner", "mail"])
CHANNEL_P = np.array([0.45, 0.25, 0.15, 0.10, 0.05])
PRODUCTS = np.array([f"P{i:02d}" for i in range(1, 51)])
PRODUCT_P = 1.0 / np.arange(1, 51) ** 1.1
PRODUCT_P = PRODUCT_P / PRODUCT_P.sum()
WEAK_PRODUCTS = (6, 17, 31)
# Log-odds weights of log(amount), tenure and log(usage), one column per class (class 0 is the reference).
WEIGHTS = {2: np.array([[0.0, 0.9], [0.0, -0.7], [0.0, 0.5]]),
           3: np.array([[0.0, 0.9, -0.6], [0.0, -0.7, 0.8], [0.0, 0.4, 0.5]])}


def chunks(rows, seed):
    """(index, size, generator) for each chunk of at most CHUNK rows."""
    for index, start in enumerate(range(0, rows, CHUNK)):
        yield index, min(CHUNK, rows - start), np.random.default_rng([seed, index])


def write(frames, out):
    with open(out, "w", newline="") as handle:
        for i, frame in enumerate(frames):
            frame.to_csv(handle, index=False, header=(i == 0), lineterminator="\n")


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def sample_classes(rng, p):
    """One class index per row of a probability matrix."""
    u = rng.random(len(p))[:, None]
    return (np.cumsum(p, axis=1) < u).sum(axis=1).clip(0, p.shape[1] - 1)


def predictions_frames(classes, rows, seed):
    fixed = np.random.default_rng([seed, 999_999])
    product_effect = fixed.normal(0, 0.4, size=(len(PRODUCTS), classes))
    channel_effect = fixed.normal(0, 0.3, size=(len(CHANNELS), classes))
    labels = ["no", "yes"] if classes == 2 else ["low", "mid", "high"]
    for _, n, rng in chunks(rows, seed):
        amount = np.round(rng.lognormal(3.5, 1.0, n), 2)
        tenure = np.round(rng.gamma(1.5, 12.0, n)).astype(np.int64)
        usage = np.where(rng.random(n) < 0.15, 0.0, np.round(rng.exponential(2.0, n), 4))
        channel_index = np.searchsorted(np.cumsum(CHANNEL_P), rng.random(n), side="right").clip(0, 4)
        product_index = np.searchsorted(np.cumsum(PRODUCT_P), rng.random(n), side="right").clip(0, 49)
        x = np.column_stack([(np.log1p(amount) - 3.5), -tenure / 24.0, np.log1p(usage) - 0.8])
        weights = WEIGHTS[classes]
        logits = x @ weights + product_effect[product_index] + channel_effect[channel_index]
        if classes == 2:
            logits[:, 1] -= 2.0  # about 23% positive
        truth = softmax(logits)
        actual = sample_classes(rng, truth)
        noise_scale = np.where(np.isin(product_index, WEAK_PRODUCTS), 2.0, 0.6)
        model = softmax(logits + rng.normal(0, 1, size=logits.shape) * noise_scale[:, None])
        predicted = model.argmax(axis=1)
        frame = pd.DataFrame({
            "amount": amount,
            "tenure_months": tenure,
            "usage": usage,
            "channel": CHANNELS[channel_index],
            "product": PRODUCTS[product_index],
            "actual": np.array(labels)[actual],
            "predicted": np.array(labels)[predicted],
        })
        for k, label in enumerate(labels):
            frame[f"p_{label}"] = model[:, k]
        yield frame


def wide_frames(rows, features, seed):
    numeric = (features + 1) // 2
    categorical = features - numeric
    for _, n, rng in chunks(rows, seed):
        columns = {}
        signal = np.zeros(n)
        for j in range(numeric):
            kind = j % 4
            if kind == 0:
                v = np.round(rng.lognormal(2.0, 0.8, n), 2)
                z = np.log(v + 0.01) - 2.0
            elif kind == 1:
                v = np.round(rng.normal(50.0, 10.0, n), 3)
                z = (v - 50.0) / 10.0
            elif kind == 2:
                v = rng.poisson(3.0, n)
                z = (v - 3.0) / 1.7
            else:
                v = np.round(rng.random(n), 4)
                z = (v - 0.5) * 3.4
            columns[f"n{j:03d}"] = v
            if j < 6:
                signal += z * (0.6 if j % 2 == 0 else -0.4)
        for j in range(categorical):
            levels = 2 + j % 19
            codes = rng.integers(0, levels, n)
            columns[f"c{j:03d}"] = np.array([f"v{i}" for i in range(levels)])[codes]
            if j < 3:
                signal += np.where(codes == 0, 0.5, 0.0)
        logit = signal - 1.4
        truth = 1.0 / (1.0 + np.exp(-logit))
        actual = rng.random(n) < truth
        p_yes = 1.0 / (1.0 + np.exp(-(logit + rng.normal(0, 0.7, n))))
        frame = pd.DataFrame(columns)
        frame["actual"] = np.where(actual, "yes", "no")
        frame["predicted"] = np.where(p_yes >= 0.5, "yes", "no")
        frame["p_no"] = 1.0 - p_yes
        frame["p_yes"] = p_yes
        yield frame


MODEL_WEIGHTS = np.array([1.2, -0.8, 0.6, 0.0, 0.9, -0.5, 0.3, 0.0, -0.7, 0.4])


def model_frames(rows, seed):
    for _, n, rng in chunks(rows, seed):
        raw = np.empty((n, 10))
        z = np.empty((n, 10))
        for j in range(10):
            kind = j % 4
            if kind == 0:
                raw[:, j] = np.round(rng.normal(0.0, 1.0, n), 4)
                z[:, j] = raw[:, j]
            elif kind == 1:
                raw[:, j] = np.round(rng.lognormal(1.0, 0.7, n), 4)
                z[:, j] = (np.log(raw[:, j] + 1e-4) - 1.0) / 0.7
            elif kind == 2:
                raw[:, j] = rng.integers(0, 100, n)
                z[:, j] = (raw[:, j] - 49.5) / 28.9
            else:
                raw[:, j] = np.round(rng.random(n), 4)
                z[:, j] = (raw[:, j] - 0.5) * 3.46
        logit = z @ MODEL_WEIGHTS - 0.3
        label = rng.random(n) < 1.0 / (1.0 + np.exp(-logit))
        frame = pd.DataFrame({f"f{j}": raw[:, j] for j in range(10)})
        for j in range(2, 10, 4):
            frame[f"f{j}"] = raw[:, j].astype(np.int64)
        frame["label"] = np.where(label, "yes", "no")
        yield frame


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=20240611)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("predictions")
    p.add_argument("--classes", type=int, choices=(2, 3), required=True)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--out", required=True)
    w = sub.add_parser("wide")
    w.add_argument("--rows", type=int, required=True)
    w.add_argument("--features", type=int, required=True)
    w.add_argument("--out", required=True)
    m = sub.add_parser("model-data")
    m.add_argument("--train-rows", type=int, required=True)
    m.add_argument("--rows", type=int, required=True)
    m.add_argument("--train", required=True)
    m.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    if args.command == "predictions":
        write(predictions_frames(args.classes, args.rows, args.seed + args.classes), args.out)
    elif args.command == "wide":
        write(wide_frames(args.rows, args.features, args.seed + 1000 + args.features), args.out)
    else:
        write(model_frames(args.train_rows, args.seed + 7), args.train)
        write(model_frames(args.rows, args.seed + 8), args.out)


if __name__ == "__main__":
    main(sys.argv[1:])

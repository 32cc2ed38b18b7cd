"""Cross-validates a small logistic regression of customer churn, in plain Python, and writes what a training
pipeline would hand to mlgate:

- data/oof-predictions.csv: every customer once, predicted by the model of the fold that did not see it (5-fold
  cross-validation, folds in the column `fold`): out-of-fold predictions with probabilities;
- data/train-predictions.csv: the same customers predicted by the model fitted on all of them (in-sample), for the
  comparison of training and held-out error.

Deterministic (seed 11): python3 src/cross_validate.py
"""
import math
import random

random.seed(11)
REGIONS = ["north", "south", "east", "west"]
N = 2000
K = 5


def customer(i):
    tenure = random.randint(1, 72)
    spend = round(random.uniform(10, 120), 2)
    calls = min(9, int(random.expovariate(0.6)))
    region = random.choice(REGIONS)
    score = -0.9 - 0.045 * (tenure - 30) + 0.012 * (spend - 60) + 0.55 * (calls - 1) + (0.5 if region == "south" else 0)
    churn = random.random() < 1 / (1 + math.exp(-score))
    return {"customer_id": "K%05d" % i, "region": region, "tenure_months": tenure, "monthly_spend": spend,
            "support_calls": calls, "actual": "churn" if churn else "stay"}


def features(c):
    return [1.0, (c["tenure_months"] - 36) / 20, (c["monthly_spend"] - 65) / 30, (c["support_calls"] - 1.5) / 1.5] + \
           [1.0 if c["region"] == r else 0.0 for r in REGIONS[1:]]


def fit(rows, epochs=300, rate=0.5):
    w = [0.0] * len(features(rows[0]))
    for _ in range(epochs):
        grad = [0.0] * len(w)
        for c in rows:
            x = features(c)
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            y = 1.0 if c["actual"] == "churn" else 0.0
            for j in range(len(w)):
                grad[j] += (p - y) * x[j]
        w = [a - rate * g / len(rows) for a, g in zip(w, grad)]
    return w


def predict(w, c):
    p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, features(c)))))
    return ("churn" if p >= 0.5 else "stay"), p


customers = [customer(i) for i in range(N)]
order = list(range(N))
random.shuffle(order)
fold_of = {}
for rank, i in enumerate(order):
    fold_of[i] = rank % K + 1

COLUMNS = "customer_id,fold,region,tenure_months,monthly_spend,support_calls,actual,predicted,p_stay,p_churn"


def line(c, fold, predicted, p):
    return "%s,%d,%s,%d,%.2f,%d,%s,%s,%.4f,%.4f" % (c["customer_id"], fold, c["region"], c["tenure_months"],
                                                   c["monthly_spend"], c["support_calls"], c["actual"], predicted,
                                                   1 - p, p)


with open("data/oof-predictions.csv", "w") as out:
    out.write(COLUMNS + "\n")
    oof = {}
    for k in range(1, K + 1):
        w = fit([customers[i] for i in range(N) if fold_of[i] != k])
        for i in range(N):
            if fold_of[i] == k:
                oof[i] = predict(w, customers[i])
    for i in range(N):
        out.write(line(customers[i], fold_of[i], *oof[i]) + "\n")

with open("data/train-predictions.csv", "w") as out:
    out.write(COLUMNS + "\n")
    w = fit(customers)
    for i in range(N):
        out.write(line(customers[i], fold_of[i], *predict(w, customers[i])) + "\n")

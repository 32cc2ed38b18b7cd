"""Writes data/champion.csv and data/challenger.csv: what two churn models predicted for the same 3,000 customers.

The champion is the model in production; the challenger is a retrained candidate that is a little worse (its scores
are noisier). Both files hold the same customers with the same features, in another order: mlgate pairs rows by
their content, not their position. Deterministic (seed 42). Run from this directory: python3 src/make_predictions.py
"""
import csv
import math
import random

REGIONS = ["north", "south", "east", "west"]
PLANS = ["basic", "plus", "family"]
HEADER = ["customer_id", "region", "plan", "tenure_months", "monthly_spend", "actual", "predicted", "p_stay",
          "p_churn"]


def customers(rng):
    out = []
    for i in range(3000):
        region = rng.choice(REGIONS)
        plan = rng.choices(PLANS, weights=[5, 3, 2])[0]
        tenure = rng.randint(1, 72)
        spend = round(rng.uniform(10, 120), 2)
        logit = -1.2 - 0.03 * tenure + 0.015 * spend + (0.6 if plan == "basic" else 0.0)
        churn = rng.random() < 1 / (1 + math.exp(-logit))
        out.append((f"C{i:05d}", region, plan, tenure, spend, logit, churn))
    return out


def write(path, rows, noise, seed):
    rng = random.Random(seed)
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for customer_id, region, plan, tenure, spend, logit, churn in rows:
            score = logit + (1.8 if churn else -1.8) * 0.9 + rng.gauss(0, noise)
            p_churn = round(1 / (1 + math.exp(-score)), 4)
            writer.writerow([customer_id, region, plan, tenure, spend, "churn" if churn else "stay",
                             "churn" if p_churn >= 0.5 else "stay", round(1 - p_churn, 4), p_churn])


people = customers(random.Random(42))
write("data/champion.csv", people, noise=1.0, seed=1)
# The challenger's file lists the customers in reverse order, as another pipeline might.
write("data/challenger.csv", list(reversed(people)), noise=1.3, seed=2)

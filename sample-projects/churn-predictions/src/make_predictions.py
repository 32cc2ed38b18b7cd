"""Writes data/predictions.csv: what a Python churn model predicted for 3,000 held-out customers.

Stands in for the output of any model, in any language: mlgate reads only the CSV. Deterministic (seed 42), so
re-running it gives the same file. Run: python3 src/make_predictions.py
"""
import csv
import math
import random

random.seed(42)
REGIONS = ["north", "south", "east", "west"]
PLANS = ["basic", "plus", "family"]

with open("data/predictions.csv", "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["customer_id", "region", "plan", "tenure_months", "monthly_spend",
                     "actual", "predicted", "p_stay", "p_churn"])
    for i in range(3000):
        region = random.choice(REGIONS)
        plan = random.choices(PLANS, weights=[5, 3, 2])[0]
        tenure = random.randint(1, 72)
        spend = round(random.uniform(10, 120), 2)
        logit = -1.2 - 0.03 * tenure + 0.015 * spend + (0.6 if plan == "basic" else 0.0)
        churn = random.random() < 1 / (1 + math.exp(-logit))
        # The model is sharp everywhere but in the south with the family plan, where it is close to guessing.
        noise = 2.2 if (region == "south" and plan == "family") else 0.6
        score = logit + (1.8 if churn else -1.8) * 0.9 + random.gauss(0, noise)
        p_churn = round(1 / (1 + math.exp(-score)), 4)
        writer.writerow([f"C{i:05d}", region, plan, tenure, spend, "churn" if churn else "stay",
                         "churn" if p_churn >= 0.5 else "stay", round(1 - p_churn, 4), p_churn])

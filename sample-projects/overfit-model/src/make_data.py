"""Writes data/training.csv and data/validation.csv: pump readings and whether the pump failed within a month.

The chance of failure rises with temperature, vibration and age (a logistic curve), so even a perfect model errs on
about a fifth of the rows; serial_noise is a number stamped on the pump, unrelated to anything. Deterministic (seed 7):
    python3 src/make_data.py
"""
import math
import random

random.seed(7)
HEADER = "temperature,vibration,age_days,serial_noise,failure"


def row():
    temperature = random.gauss(75, 8)
    vibration = random.gammavariate(4, 0.25)
    age_days = random.randint(10, 1500)
    serial_noise = random.random() * 1000
    score = 0.15 * (temperature - 75) + 2.0 * (vibration - 1.0) + 0.002 * (age_days - 750)
    failed = random.random() < 1 / (1 + math.exp(-score))
    return "%.1f,%.3f,%d,%.1f,%s" % (temperature, vibration, age_days, serial_noise, "yes" if failed else "no")


for name, rows in (("training", 1200), ("validation", 500)):
    with open("data/%s.csv" % name, "w") as out:
        out.write(HEADER + "\n")
        for _ in range(rows):
            out.write(row() + "\n")

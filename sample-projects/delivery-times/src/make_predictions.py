"""Writes data/predictions.csv: a regression model's predicted delivery times (minutes) for 4,000 held-out orders.

Stands in for the output of any regression model: mlgate reads only the CSV. Deterministic (seed 7).
Run: python3 src/make_predictions.py
"""
import csv
import random

random.seed(7)
CITIES = ["lyon", "lille", "nantes", "nice"]
VEHICLES = ["bike", "scooter", "van"]

with open("data/predictions.csv", "w", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["order_id", "city", "vehicle", "distance_km", "items", "actual", "predicted"])
    for i in range(4000):
        city = random.choice(CITIES)
        vehicle = random.choices(VEHICLES, weights=[4, 4, 2])[0]
        distance = round(random.uniform(0.5, 15), 1)
        items = random.randint(1, 12)
        speed = {"bike": 3.5, "scooter": 2.4, "van": 2.9}[vehicle]
        actual = 8 + speed * distance + 0.6 * items + random.gauss(0, 3)
        # The model has not learnt that vans in Nice are slow (narrow streets): it under-predicts them badly.
        if city == "nice" and vehicle == "van":
            actual += 12 + random.gauss(0, 4)
        predicted = 8 + speed * distance + 0.6 * items + random.gauss(0, 1.5)
        # A few orders lost in the system: huge actual times the model cannot know about.
        if random.random() < 0.005:
            actual += random.uniform(60, 180)
        writer.writerow([f"O{i:05d}", city, vehicle, distance, items, round(actual, 1), round(predicted, 1)])

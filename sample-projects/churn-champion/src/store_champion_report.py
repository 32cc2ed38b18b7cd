"""Copies the champion's report (target/champion-report/report.json, written by `mvn ml:evaluate@champion` with
storeRows) to baseline/champion-report.json, with this machine's absolute paths made relative to this sample: they
are only informational (rows are recognised by data.rowsDigest and the row keys), and a committed file should not
name one machine's directories. Run from this directory: python3 src/store_champion_report.py
"""
import json
import os

SOURCE = "target/champion-report/report.json"
TARGET = "baseline/champion-report.json"
HERE = os.path.abspath(".") + os.sep


def relative(value):
    if isinstance(value, dict):
        return {key: relative(item) for key, item in value.items()}
    if isinstance(value, list):
        return [relative(item) for item in value]
    if isinstance(value, str):
        return value.replace(HERE, "")
    return value


with open(SOURCE, encoding="utf-8") as source:
    report = relative(json.load(source))
with open(TARGET, "w", encoding="utf-8", newline="\n") as target:
    json.dump(report, target, indent=2, ensure_ascii=False)
    target.write("\n")

"""Reads a respondent workbook with pandas (openpyxl) and counts the answers to every question: the
peer of `taktstok indices --layout respondents --json` in bench/respondents.sh (docs/benchmarks.md)."""
import json
import sys

import pandas as pd


def main(path):
    frame = pd.read_excel(path, engine="openpyxl")
    counts = {}
    for column in frame.columns:
        values = frame[column].value_counts(dropna=True)
        if len(values) <= 60:  # a question's answers; ids and weights have far more
            total = int(values.sum())
            counts[str(column)] = {"n": total, "shares": {str(k): 100.0 * v / total for k, v in values.items()}}
    json.dump({"rows": len(frame), "questions": len(counts)}, sys.stdout)
    print()


if __name__ == "__main__":
    main(sys.argv[1])

"""Makes groups.csv (respondent rows with a region column and a weight) and groups-expected.json.

Run with Debian's Python 3.11 and python3-pandas 1.5.3 (and numpy 1.24):
    /usr/bin/python3 make_groups.py
The expected shares are pandas' own: per region, value_counts(normalize=True) of each question for the
unweighted shares, and the sum of the weights per answer over the sum of the weights of those who
answered for the weighted ones (blank answers left out, as Taktstok does); n is the number who answered,
and the effective n (sum w)^2 / sum w^2 over them.
"""
import json
import numpy as np
import pandas as pd

rng = np.random.default_rng(15)
answers = ["Helt enig", "Delvis enig", "Hverken enig eller uenig", "Delvis uenig", "Helt uenig", "Ved ikke"]
regions = ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]
sizes = [310, 180, 240, 260, 35]  # Nordjylland is a small group: shown, not tested
rows = []
for region, size in zip(regions, sizes):
    tilt = regions.index(region) * 0.03
    probs = np.array([0.18 + tilt, 0.27, 0.2, 0.14, 0.11 - tilt / 2, 0.1 - tilt / 2])
    probs = probs / probs.sum()
    for _ in range(size):
        row = {"Respondent": len(rows) + 1, "Region": region}
        for q in ["Jeg stoler på kommunen", "Kommunen lytter til borgerne", "Jeg vil gerne være frivillig"]:
            row[q] = None if rng.random() < 0.06 else str(rng.choice(answers, p=probs))
        row["Vægt"] = round(float(rng.lognormal(0, 0.4)), 4)
        rows.append(row)
order = rng.permutation(len(rows))
frame = pd.DataFrame([rows[i] for i in order])
frame.to_csv("groups.csv", index=False, sep=";")

questions = ["Jeg stoler på kommunen", "Kommunen lytter til borgerne", "Jeg vil gerne være frivillig"]
expected = {"unweighted": {}, "weighted": {}}
for q in questions:
    answered = frame[frame[q].notna()]
    shares = answered.groupby("Region")[q].value_counts(normalize=True) * 100
    weighted = answered.groupby(["Region", q])["Vægt"].sum() / answered.groupby("Region")["Vægt"].sum() * 100
    n = answered.groupby("Region")[q].count()
    neff = answered.groupby("Region")["Vægt"].apply(lambda w: w.sum() ** 2 / (w * w).sum())
    for key, table in (("unweighted", shares), ("weighted", weighted)):
        expected[key][q] = {region: {"shares": {a: float(table.get((region, a), 0.0)) for a in answers},
                                     "n": int(n[region]),
                                     **({"effectiveN": float(neff[region])} if key == "weighted" else {})}
                            for region in regions}
with open("groups-expected.json", "w", encoding="utf-8") as out:
    json.dump({"computedWith": "pandas " + pd.__version__ + ", make_groups.py", "expected": expected}, out,
              ensure_ascii=False, indent=1)

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

# --- the tests between the regions of the first question, as `indices --by Region` makes them ---------
# Nordjylland has fewer than 50 answers and is left out of the tests. Shares: statsmodels'
# proportions_ztest (pooled) on counts, with weights on p * n' of n'; pairs Holm-adjusted over the six
# pairs of the four regions tested, each region against all other respondents who answered Holm-adjusted
# over the four. Mean score (Helt enig 100 … Helt uenig 0, Ved ikke left out): scipy's Welch test from
# the regions' means and standard deviations, n the substantive answers (with weights the question's
# effective n times the weighted share of substantive answers, as Taktstok keeps one effective n per
# item). Chi-square: scipy's chi2_contingency (no correction) on the four regions' shares times n'.
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.multitest import multipletests

q = questions[0]
answered = frame[frame[q].notna()].copy()
tested = ["Hovedstaden", "Midtjylland", "Sjælland", "Syddanmark"]
score = {"Helt enig": 100, "Delvis enig": 75, "Hverken enig eller uenig": 50, "Delvis uenig": 25, "Helt uenig": 0}


def summary(part, weighted, answer):
    w = part["Vægt"] if weighted else pd.Series(1.0, index=part.index)
    p = w[part[q] == answer].sum() / w.sum()
    return p, w.sum() ** 2 / (w * w).sum()


def mean_summary(part, weighted):
    w = part["Vægt"] if weighted else pd.Series(1.0, index=part.index)
    ne = w.sum() ** 2 / (w * w).sum()
    sub = part[part[q].isin(score.keys())]
    ws = w[sub.index]
    x = sub[q].map(score)
    m = (ws * x).sum() / ws.sum()
    n_sub = ne * ws.sum() / w.sum()
    var = (ws * (x - m) ** 2).sum() / ws.sum() * n_sub / (n_sub - 1)
    return m, var, n_sub


tests = {}
for weighted in (False, True):
    out = {}
    for answer in ["Helt enig", "Delvis uenig"]:
        pairs, ps = [], []
        for i in range(len(tested)):
            for j in range(i + 1, len(tested)):
                pa, na = summary(answered[answered["Region"] == tested[i]], weighted, answer)
                pb, nb = summary(answered[answered["Region"] == tested[j]], weighted, answer)
                ps.append(float(proportions_ztest([pa * na, pb * nb], [na, nb])[1]))
                pairs.append([tested[i], tested[j]])
        rest_p = []
        for region in tested:
            pa, na = summary(answered[answered["Region"] == region], weighted, answer)
            pb, nb = summary(answered[answered["Region"] != region], weighted, answer)
            rest_p.append(float(proportions_ztest([pa * na, pb * nb], [na, nb])[1]))
        out[answer] = {"pairs": pairs, "p": ps, "holm": multipletests(ps, method="holm")[1].tolist(),
                       "vsRest": dict(zip(tested, rest_p)),
                       "vsRestHolm": dict(zip(tested, multipletests(rest_p, method="holm")[1].tolist()))}
    pairs, ps = [], []
    for i in range(len(tested)):
        for j in range(i + 1, len(tested)):
            ma, va, na = mean_summary(answered[answered["Region"] == tested[i]], weighted)
            mb, vb, nb = mean_summary(answered[answered["Region"] == tested[j]], weighted)
            ps.append(float(stats.ttest_ind_from_stats(ma, np.sqrt(va), na, mb, np.sqrt(vb), nb, equal_var=False).pvalue))
            pairs.append([tested[i], tested[j]])
    out["meanScore"] = {"pairs": pairs, "p": ps, "holm": multipletests(ps, method="holm")[1].tolist()}
    table = []
    for region in tested:
        part = answered[answered["Region"] == region]
        w = part["Vægt"] if weighted else pd.Series(1.0, index=part.index)
        ne = w.sum() ** 2 / (w * w).sum()
        table.append([w[part[q] == a].sum() / w.sum() * ne for a in answers])
    chi, p, df, _ = stats.chi2_contingency(np.array(table).T, correction=False)
    out["chiSquare"] = {"statistic": float(chi), "df": float(df), "p": float(p)}
    tests["weighted" if weighted else "unweighted"] = out
with open("groups-tests.json", "w", encoding="utf-8") as out_file:
    json.dump({"computedWith": "pandas " + pd.__version__ + ", statsmodels, scipy; make_groups.py", "question": q,
               "tests": tests}, out_file, ensure_ascii=False, indent=1)

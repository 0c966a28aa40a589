"""Reference values for SignificanceTest, computed outside Taktstok.

Run with Debian's Python 3.11 and its packages (python3-scipy 1.10.1, python3-statsmodels 0.13.5,
python3-pandas 1.5.3):  /usr/bin/python3 reference.py > reference.json

Each case holds the respondents' answers (and weights, where weighted) drawn with a fixed seed, so the
test recomputes everything from the same rows; the expected values come from:
  - two-proportion z (pooled): statsmodels.stats.proportion.proportions_ztest; with weights, the
    weighted shares p and Kish's effective n n' = (sum w)^2 / sum w^2, as count = p * n', nobs = n'
  - Welch's and Student's t: scipy.stats.ttest_ind (equal_var False / True) on the raw scores; with
    weights scipy.stats.ttest_ind_from_stats with the weighted mean, the standard deviation
    sqrt(sum w (x - mean)^2 / sum w * n' / (n' - 1)) and nobs n'
  - chi-square: scipy.stats.chi2_contingency(correction=False) on pandas.crosstab of answer by group;
    with weights, on the table of weighted shares times each group's effective n
  - Holm and Benjamini-Hochberg: statsmodels.stats.multitest.multipletests(method='holm' / 'fdr_bh')
    on the p-values of all pairwise proportion tests among four groups (and on a fixed list with ties)
"""
import json
import numpy as np
import pandas as pd
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.multitest import multipletests

rng = np.random.default_rng(20260515)


def neff(w):
    w = np.asarray(w, dtype=float)
    return w.sum() ** 2 / (w * w).sum()


def weights(n):
    # survey-like weights: lognormal, mean about 1
    return np.round(rng.lognormal(0.0, 0.45, n), 4)


def wmean_var(x, w):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    m = (w * x).sum() / w.sum()
    pop = (w * (x - m) ** 2).sum() / w.sum()
    ne = neff(w)
    return m, pop * ne / (ne - 1), ne


def proportion_case(name, n1, q1, n2, q2, weighted):
    a = (rng.random(n1) < q1).astype(int)
    b = (rng.random(n2) < q2).astype(int)
    wa = weights(n1) if weighted else np.ones(n1)
    wb = weights(n2) if weighted else np.ones(n2)
    if weighted:
        pa, _, na = wmean_var(a, wa)
        pb, _, nb = wmean_var(b, wb)
        z, p = proportions_ztest([pa * na, pb * nb], [na, nb])
    else:
        z, p = proportions_ztest([a.sum(), b.sum()], [n1, n2])
    return {"name": name, "kind": "proportions", "a": a.tolist(), "b": b.tolist(),
            "wa": wa.tolist() if weighted else None, "wb": wb.tolist() if weighted else None,
            "statistic": float(z), "p": float(p)}


def means_case(name, n1, probs1, n2, probs2, weighted):
    scores = np.array([0, 25, 50, 75, 100])
    a = rng.choice(scores, n1, p=probs1)
    b = rng.choice(scores, n2, p=probs2)
    out = {"name": name, "kind": "means", "a": a.tolist(), "b": b.tolist()}
    if weighted:
        wa, wb = weights(n1), weights(n2)
        ma, va, na = wmean_var(a, wa)
        mb, vb, nb = wmean_var(b, wb)
        welch = stats.ttest_ind_from_stats(ma, np.sqrt(va), na, mb, np.sqrt(vb), nb, equal_var=False)
        student = stats.ttest_ind_from_stats(ma, np.sqrt(va), na, mb, np.sqrt(vb), nb, equal_var=True)
        se1, se2 = va / na, vb / nb
        df = (se1 + se2) ** 2 / (se1 ** 2 / (na - 1) + se2 ** 2 / (nb - 1))
        out.update({"wa": wa.tolist(), "wb": wb.tolist()})
    else:
        welch = stats.ttest_ind(a, b, equal_var=False)
        student = stats.ttest_ind(a, b, equal_var=True)
        se1, se2 = a.var(ddof=1) / n1, b.var(ddof=1) / n2
        df = (se1 + se2) ** 2 / (se1 ** 2 / (n1 - 1) + se2 ** 2 / (n2 - 1))
        out.update({"wa": None, "wb": None})
    out.update({"welch": {"statistic": float(welch.statistic), "df": float(df), "p": float(welch.pvalue)},
                "student": {"statistic": float(student.statistic), "p": float(student.pvalue)}})
    return out


def chi_case(name, sizes, dists, weighted):
    answers = ["Helt enig", "Delvis enig", "Hverken eller", "Delvis uenig", "Helt uenig"]
    rows = []
    for g, (n, d) in enumerate(zip(sizes, dists)):
        for ans in rng.choice(len(answers), n, p=d):
            rows.append((chr(ord("A") + g), int(ans)))
    frame = pd.DataFrame(rows, columns=["group", "answer"])
    frame["w"] = weights(len(frame)) if weighted else 1.0
    if weighted:
        table = []
        for g, sub in frame.groupby("group"):
            shares = sub.groupby("answer")["w"].sum().reindex(range(len(answers)), fill_value=0) / sub["w"].sum()
            table.append((shares * neff(sub["w"])).values)
        table = np.array(table).T
    else:
        table = pd.crosstab(frame["answer"], frame["group"]).values
    chi, p, df, _ = stats.chi2_contingency(table, correction=False)
    return {"name": name, "kind": "chiSquare", "groups": frame["group"].tolist(), "answers": frame["answer"].tolist(),
            "weights": frame["w"].tolist() if weighted else None, "categories": len(answers),
            "statistic": float(chi), "df": float(df), "p": float(p)}


def family_case(name, weighted):
    sizes = [310, 240, 180, 95]
    shares = [0.42, 0.47, 0.55, 0.38]
    groups = []
    for n, q in zip(sizes, shares):
        x = (rng.random(n) < q).astype(int)
        w = weights(n) if weighted else np.ones(n)
        groups.append((x, w))
    ps = []
    pairs = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            (xa, wa), (xb, wb) = groups[i], groups[j]
            pa, _, na = wmean_var(xa, wa)
            pb, _, nb = wmean_var(xb, wb)
            _, p = proportions_ztest([pa * na, pb * nb], [na, nb])
            ps.append(float(p))
            pairs.append([i, j])
    return {"name": name, "kind": "family",
            "groups": [{"x": x.tolist(), "w": w.tolist() if weighted else None} for x, w in groups],
            "pairs": pairs, "p": ps,
            "holm": multipletests(ps, method="holm")[1].tolist(),
            "bh": multipletests(ps, method="fdr_bh")[1].tolist()}


fixed = [0.01, 0.04, 0.03, 0.005, 0.04, 0.20, 0.0001, 0.5, 0.049, 0.9]
cases = [
    proportion_case("proportions, unweighted, 480 against 520", 480, 0.44, 520, 0.51, False),
    proportion_case("proportions, weighted, 300 against 150", 300, 0.30, 150, 0.41, True),
    proportion_case("proportions, unweighted, no real difference", 900, 0.25, 850, 0.25, False),
    means_case("means, unweighted, unequal variances", 400, [0.1, 0.2, 0.3, 0.25, 0.15], 120,
               [0.3, 0.1, 0.1, 0.2, 0.3], False),
    means_case("means, weighted", 260, [0.05, 0.15, 0.4, 0.3, 0.1], 340, [0.1, 0.2, 0.35, 0.25, 0.1], True),
    chi_case("chi-square, unweighted, three groups", [250, 300, 180],
             [[0.2, 0.3, 0.2, 0.2, 0.1], [0.25, 0.3, 0.2, 0.15, 0.1], [0.1, 0.25, 0.25, 0.25, 0.15]], False),
    chi_case("chi-square, weighted, four groups", [200, 220, 150, 90],
             [[0.2, 0.3, 0.2, 0.2, 0.1], [0.25, 0.3, 0.2, 0.15, 0.1], [0.1, 0.25, 0.25, 0.25, 0.15],
              [0.15, 0.35, 0.2, 0.2, 0.1]], True),
    family_case("six pairwise proportion tests, unweighted", False),
    family_case("six pairwise proportion tests, weighted", True),
    {"name": "a fixed list with ties", "kind": "adjust", "p": fixed,
     "holm": multipletests(fixed, method="holm")[1].tolist(),
     "bh": multipletests(fixed, method="fdr_bh")[1].tolist()},
]
print(json.dumps({"computedWith": {"python": "3.11", "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                                   "pandas": pd.__version__, "numpy": np.__version__, "script": "reference.py"},
                  "cases": cases}))

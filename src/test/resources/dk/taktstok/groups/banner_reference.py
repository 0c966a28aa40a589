"""Reference p-values for a published banner table: the first block (the issue that matters most) of
538-reluctant-trump-april-2017-crosstabs.xlsx (shared/corpus/survey-exports), read here with openpyxl.

Run with Debian's Python 3.11 (python3-openpyxl 3.0.9, python3-statsmodels 0.13.5, python3-scipy 1.10.1):
    /usr/bin/python3 banner_reference.py PATH/TO/538-reluctant-trump-april-2017-crosstabs.xlsx > banner-tests.json
Counts are the published shares times the published bases ('Unweighted N'); statsmodels'
proportions_ztest (pooled) for each pair of groups under one heading (Holm over the heading's pairs) and
for each group against the rest (the total less the group; Holm over the heading's groups); scipy's
chi2_contingency (no correction) on the heading's groups.
"""
import json
import sys
import numpy as np
import openpyxl
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.multitest import multipletests

ws = openpyxl.load_workbook(sys.argv[1], data_only=True).worksheets[0]
rows = list(ws.iter_rows(min_row=1, max_row=14, values_only=True))
headings, labels, bases = rows[0], rows[1], rows[2]
answers = [(r[1], r) for r in rows[3:12]]
heading = None
columns = {}
for c in range(2, len(labels)):
    if headings[c] is not None:
        heading = headings[c]
    if labels[c] is not None and bases[c]:
        columns.setdefault(heading, []).append(c)
total_col = 2
out = {"question": rows[2][0], "headings": {}}
for name in ("Gender", "Age"):
    cols = [c for c in columns[name] if not str(labels[c]).startswith("Total")]
    group = {"groups": {labels[c]: int(bases[c]) for c in cols}, "answers": {}}
    for answer, row in answers:
        pairs, ps = [], []
        for i in range(len(cols)):
            for j in range(i + 1, len(cols)):
                a, b = cols[i], cols[j]
                ps.append(float(proportions_ztest([row[a] * bases[a], row[b] * bases[b]], [bases[a], bases[b]])[1]))
                pairs.append([labels[a], labels[b]])
        rest = []
        for c in cols:
            n_rest = bases[total_col] - bases[c]
            x_rest = row[total_col] * bases[total_col] - row[c] * bases[c]
            rest.append(float(proportions_ztest([row[c] * bases[c], x_rest], [bases[c], n_rest])[1]))
        group["answers"][answer] = {"pairs": pairs, "p": ps, "holm": multipletests(ps, method="holm")[1].tolist(),
                                    "vsRest": rest, "vsRestHolm": multipletests(rest, method="holm")[1].tolist()}
    table = np.array([[row[c] * bases[c] for c in cols] for _, row in answers])
    chi, p, df, _ = stats.chi2_contingency(table, correction=False)
    group["chiSquare"] = {"statistic": float(chi), "df": float(df), "p": float(p)}
    out["headings"][name] = group
print(json.dumps(out, ensure_ascii=False, indent=1))

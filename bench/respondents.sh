#!/usr/bin/env bash
# Respondent-level data at scale (docs/benchmarks.md): a generated workbook of 100,000 respondents ×
# 50 questions (answers as text, about 16 MB) through `taktstok indices --layout respondents --json`,
# against pandas (Debian's python3-pandas with openpyxl) reading the same file and counting the answers,
# in the same run: median of 5 each, wall time with the process start, and Taktstok's peak memory (RSS).
# Needs: the app image and test classes (./mvnw -DskipTests package), hyperfine, python3-pandas and
# python3-openpyxl from Debian. ROWS, QUESTIONS and RUNS change the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/taktstok/bin/taktstok
python=/usr/bin/python3
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
rows=${ROWS:-100000}
questions=${QUESTIONS:-50}
runs=${RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cp="target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
file="$out/respondents-${rows}x${questions}.xlsx"
"$java" -cp "$cp" dk.taktstok.testing.RespondentWorkbooks "$file" "$rows" "$questions" 1

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "file: ${rows} respondents × ${questions} questions, $(du -k "$file" | cut -f1) KB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# each Taktstok run is wrapped in GNU time, which appends its peak RSS (KB) to rss.txt
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$out/times.json" \
  -n "taktstok indices --layout respondents --json" \
  "/usr/bin/time -f %M -a -o $out/rss.txt $launcher indices $file --layout respondents --json > $out/taktstok.json" \
  -n "pandas read_excel (openpyxl) + value_counts" \
  "$python bench/pandas_count.py $file > $out/pandas.json" >/dev/null
$python - "$out/times.json" "$out/rss.txt" "$out/taktstok.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
rss = [int(line) for line in open(sys.argv[2]) if line.strip()]
taktstok, pandas = (statistics.median(r["times"]) for r in results)
items = sum(len(t["items"]) for t in json.load(open(sys.argv[3]))["tables"])
print("| command | median [s] | min [s] | max [s] | peak RSS [MB] |")
print("|:---|---:|---:|---:|---:|")
for r, peak in zip(results, [max(rss) / 1024, None]):
    m = statistics.median(r["times"])
    print(f"| {r['command']} | {m:.3f} | {min(r['times']):.3f} | {max(r['times']):.3f} | "
          + (f"{peak:.0f}" if peak else "") + " |")
print()
print(f"pandas / taktstok, medians: {pandas / taktstok:.1f}×; Taktstok counted {items} items;"
      f" peak RSS over {len(rss)} runs (warm-up included): median {statistics.median(rss) / 1024:.0f} MB, max {max(rss) / 1024:.0f} MB")
budget = taktstok <= 4 and max(rss) / 1024 <= 600 and pandas / taktstok >= 15
print("budgets (≤ 4 s, ≤ 600 MB, pandas ≥ 15× slower):", "met" if budget else "NOT met")
PY

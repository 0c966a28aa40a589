#!/usr/bin/env bash
# Taktstok's export against matplotlib, side by side in one run (docs/benchmarks.md).
#   1. Whole commands, process start included, with hyperfine: the export of every sample chart in
#      three formats; one chart as a 2× PNG; matplotlib drawing a comparable chart to a 1280 px PNG.
#   2. Warm, in process: Taktstok's layout and renderers per chart, and matplotlib per chart.
# Needs: the app image (./mvnw -DskipTests package test-compile), hyperfine and python3-matplotlib
# from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/taktstok/bin/taktstok
python=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
runs=${RUNS:-15}

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
hyperfine --warmup 2 --runs "$runs" --style basic --export-json "$out/whole.json" \
  -n "taktstok: 4 charts × png,svg,pdf,html" "env -u DISPLAY $launcher export --out $out/all --format png,svg,pdf,html --scale 2 --width 640" \
  -n "taktstok: 1 chart, png" "env -u DISPLAY $launcher export --out $out/one --chart initiative-stacked --scale 2 --width 640" \
  -n "matplotlib: 1 chart, png" "$python bench/matplotlib_stacked.py $out/mpl.png" >/dev/null
# medians and the ratio to matplotlib, from hyperfine's own record of every run
$python - "$out/whole.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
peer = statistics.median(results[-1]["times"])
print("| command | median [s] | min [s] | max [s] | ratio to matplotlib |")
print("|:---|---:|---:|---:|---:|")
for r in results:
    m = statistics.median(r["times"])
    print(f"| {r['command']} | {m:.3f} | {min(r['times']):.3f} | {max(r['times']):.3f} | {m / peer:.2f} |")
PY
echo
cp="target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Djava.awt.headless=true -cp "$cp" dk.taktstok.bench.ExportTiming 100
$python bench/matplotlib_stacked.py "$out/mpl.png" --warm 30

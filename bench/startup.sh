#!/usr/bin/env bash
# Start-up of the desktop app: from launch to the sample chart drawn in a real window (Xvfb with GTK),
# with and without the start-up cache, side by side (docs/benchmarks.md). The app prints the time from
# the JVM's start to the first frame with the chart and quits (TAKTSTOK_STARTUP_PROBE); hyperfine times
# the whole process from outside. Needs the app image and Debian's xvfb, libgtk-3-0 and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
display=:92
Xvfb $display -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display TAKTSTOK_STARTUP_PROBE=1
out=$(mktemp -d)
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$out/startup.json" \
  -n "with the start-up cache" "sh -c 'exec target/taktstok/bin/taktstok 2>>$out/cache.log'" \
  -n "without it (-XX:AOTMode=off)" "sh -c 'JAVA_TOOL_OPTIONS=-XX:AOTMode=off exec target/taktstok/bin/taktstok 2>>$out/plain.log'" >/dev/null
/usr/bin/python3 - "$out" <<'PY'
import json, re, statistics, sys
out = sys.argv[1]
results = json.load(open(out + "/startup.json"))["results"]
print("| start-up, launch to first chart drawn | median wall [s] | min [s] | max [s] | JVM start to chart, median [ms] |")
print("|:---|---:|---:|---:|---:|")
for r, log in zip(results, ["cache.log", "plain.log"]):
    probes = [int(m) for m in re.findall(r"after (\d+) ms", open(out + "/" + log).read())]
    print(f"| {r['command']} | {statistics.median(r['times']):.3f} | {min(r['times']):.3f} | {max(r['times']):.3f} | "
          f"{statistics.median(probes):.0f} |")
PY

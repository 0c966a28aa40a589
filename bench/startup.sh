#!/usr/bin/env bash
# Start-up of the desktop app: from launch to the sample chart drawn in a real window (Xvfb with GTK),
# with and without the start-up cache, side by side (docs/benchmarks.md). The app prints the time from
# the JVM's start to the end of rendering the first frame that holds the chart, as JavaFX's render thread
# reports it, and quits (TAKTSTOK_STARTUP_PROBE); hyperfine times
# the whole process from outside. Needs the app image and Debian's xvfb, libgtk-3-0 and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
# LAUNCHER=/opt/taktstok/bin/taktstok measures the installed app
launcher=${LAUNCHER:-target/taktstok/bin/taktstok}
display=:92
Xvfb $display -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display TAKTSTOK_STARTUP_PROBE=1
out=$(mktemp -d)
echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg) before"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$out/startup.json" \
  -n "with the start-up cache" "sh -c 'echo launch \$(date +%s%3N) >>$out/cache.log; exec $launcher 2>>$out/cache.log'" \
  -n "without it (-XX:AOTMode=off)" "sh -c 'echo launch \$(date +%s%3N) >>$out/plain.log; JAVA_TOOL_OPTIONS=-XX:AOTMode=off exec $launcher 2>>$out/plain.log'" >/dev/null
/usr/bin/python3 - "$out" <<'PY'
import json, re, statistics, sys
out = sys.argv[1]
results = json.load(open(out + "/startup.json"))["results"]
print("| start-up | launch to chart drawn, median [ms] | min [ms] | max [ms] | JVM start to chart, median [ms] | whole process, median [s] |")
print("|:---|---:|---:|---:|---:|---:|")
for r, log in zip(results, ["cache.log", "plain.log"]):
    text = open(out + "/" + log).read()
    launches = [int(m) for m in re.findall(r"launch (\d+)", text)]
    drawn = [int(m) for m in re.findall(r"\(at (\d+)\)", text)]
    jvm = [int(m) for m in re.findall(r"after (\d+) ms", text)]
    waits = [d - l for l, d in zip(launches, drawn)]
    print(f"| {r['command']} | {statistics.median(waits):.0f} | {min(waits)} | {max(waits)} | {statistics.median(jvm):.0f} | "
          f"{statistics.median(r['times']):.3f} |")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

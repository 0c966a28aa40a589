#!/usr/bin/env bash
# Claim check on a 5,000-word draft (docs/benchmarks.md, "Claim check"): dk.taktstok.bench.ClaimCheckTiming
# in RUNS fresh JVMs (default 7). Each prints its first check — the sample study read, the check's index
# built and the draft checked, in code the JVM has not run before — and the median of warm checks; this
# script prints every run and the medians. Needs the test classes: ./mvnw -q test-compile.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
runs=${RUNS:-7}
words=${WORDS:-5000}
cp="target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

echo "## $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for i in $(seq "$runs"); do
  "$java" -cp "$cp" dk.taktstok.bench.ClaimCheckTiming "$words" 20 | tee -a "$out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1]) if line.startswith("words=")]
def med(key):
    return statistics.median(float(r[key]) for r in rows)
print(f"{len(rows)} fresh JVMs, {rows[0]['words']} words, {rows[0]['claims']} claims")
print(f"medians: first check {med('first_check_ms'):.0f} ms (CPU {med('first_check_cpu_ms'):.0f} ms);"
      f" study read + first check {med('first_ms'):.0f} ms (CPU {med('first_cpu_ms'):.0f} ms);"
      f" warm check {med('warm_ms'):.0f} ms (CPU {med('warm_cpu_ms'):.0f} ms)")
print("budget (first check <= 1000 ms):", "met" if med('first_check_ms') <= 1000 else "NOT met")
PY

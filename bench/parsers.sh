#!/usr/bin/env bash
# The xlsx parsers ADR 5 chose between, each counting every answer of the same generated workbook
# (dk.taktstok.io.excel.XlsxParserTiming), one JVM per run as on the command line: median wall time and
# largest peak RSS of RUNS runs. FastExcel's reader (org.dhatim:fastexcel-reader) is not a dependency
# of Taktstok; it is fetched into the local Maven repository and timed with bench/FastExcelCount.java.
# Needs: ./mvnw -DskipTests package (for the test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
javac=${JAVAC:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac}
runs=${RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp="target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
file="$out/respondents.xlsx"
"$java" -cp "$cp" dk.taktstok.testing.RespondentWorkbooks "$file" "${ROWS:-100000}" "${QUESTIONS:-50}" 1

./mvnw -q dependency:get -Dartifact=org.dhatim:fastexcel-reader:0.19.0 >/dev/null
m2=${M2:-$HOME/.m2/repository}
fcp="$m2/org/dhatim/fastexcel-reader/0.19.0/fastexcel-reader-0.19.0.jar:$m2/com/fasterxml/aalto-xml/1.3.3/aalto-xml-1.3.3.jar"
fcp="$fcp:$m2/org/codehaus/woodstox/stax2-api/4.2.1/stax2-api-4.2.1.jar:$cp"
"$javac" -d "$out" -cp "$fcp" bench/FastExcelCount.java

echo "| parser | median [s] | peak RSS [MB] |"
echo "|:---|---:|---:|"
for candidate in poi-event sax stax fastexcel scanner taktstok; do
  : > "$out/t"; : > "$out/m"
  for _ in $(seq "$runs"); do
    if [ "$candidate" = fastexcel ]; then
      /usr/bin/time -f %M -o "$out/rss" "$java" -cp "$fcp:$out" FastExcelCount "$file" >> "$out/t"
    else
      /usr/bin/time -f %M -o "$out/rss" "$java" -cp "$cp" dk.taktstok.io.excel.XlsxParserTiming "$candidate" "$file" >> "$out/t"
    fi
    cat "$out/rss" >> "$out/m"
  done
  median=$(cut -f2 "$out/t" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$(sort -n "$out/m" | tail -1)
  printf '| %s | %s | %d |\n' "$candidate" "$median" $((peak / 1024))
done

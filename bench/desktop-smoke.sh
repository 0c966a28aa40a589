#!/usr/bin/env bash
# A minute of use of the desktop app in a real window: Xvfb with GTK, driven by xdotool (Debian's xvfb,
# libgtk-3-0, xdotool, imagemagick). Clicks through the charts, adds and undoes notes, types in the grid,
# zooms, opens the export dialog; then checks that no exception reached the log, and keeps screenshots.
#   bench/desktop-smoke.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/desktop-smoke}
mkdir -p "$out"
display=:91
Xvfb $display -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
JAVA_TOOL_OPTIONS="-Duser.language=${UI_LANGUAGE:-da}" target/taktstok/bin/taktstok >"$out/app.out" 2>"$out/app.err" &
app=$!
sleep 6
window=$(xdotool search --sync --name "Taktstok" | head -1)
xdotool windowsize "$window" 1440 900 windowmove "$window" 0 0
sleep 1
import -window root "$out/01-start.png"; convert "$out/01-start.png" -trim +repage "$out/01-start.png"
start=$(date +%s)
round=0
while [ $(( $(date +%s) - start )) -lt 60 ]; do
  round=$((round + 1))
  for item in "160 131" "165 152" "170 174" "160 108"; do      # the outline: each chart in turn
    xdotool mousemove $item click 1; sleep 0.7
  done
  xdotool mousemove 465 57 click 1; sleep 0.3                  # the Note tool
  xdotool mousemove 674 232 click 1; sleep 0.8                 # a bar: asks for the note's text
  xdotool type --delay 20 "Note $round"; xdotool key Return; sleep 0.6
  xdotool mousemove 412 57 click 1; sleep 0.3                  # the Select tool
  xdotool key ctrl+z; sleep 0.4; xdotool key ctrl+shift+z; sleep 0.4; xdotool key ctrl+z; sleep 0.4
  xdotool key ctrl+plus; sleep 0.3; xdotool key ctrl+minus; sleep 0.3; xdotool key ctrl+0; sleep 0.3
  xdotool mousemove 616 620 click --repeat 2 1; sleep 0.4      # a grid cell: edit it
  xdotool key ctrl+a; xdotool type --delay 30 "3$round,5"; xdotool key Return; sleep 0.6
  xdotool key ctrl+z; sleep 0.4
  xdotool key ctrl+e; sleep 1.2                                # the export dialog, then close it
  [ "$round" = 1 ] && import -window root "$out/02-export.png"
  xdotool key Escape; sleep 0.6
done
import -window root "$out/03-after.png"; convert "$out/03-after.png" -trim +repage "$out/03-after.png"
xdotool key ctrl+q; sleep 1.5                                  # quits; nothing unsaved, so no question
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
echo "rounds: $round"
if grep -E "Exception|^\s+at " "$out/app.err"; then
  echo "FAILED: exceptions in $out/app.err"
  exit 1
fi
echo "no exception in $(wc -l < "$out/app.err") lines of the log"

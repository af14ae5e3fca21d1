#!/usr/bin/env bash
# Regenerates the README's pictures: docs/images/report.png (a pyheap compare report, screenshot by
# headless Chromium) and docs/images/arena-map.png (pyheap stats --map after churn).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$root/docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

"$root/pyheap" stats --pattern churn --ops 100000 --map "$out/arena-map.png" >/dev/null
"$root/pyheap" compare --workload gcbench --ops 300000 --report "$work/report.html" >/dev/null

command -v chromium >/dev/null || { echo "screenshots: Debian's chromium is needed for report.png (apt-get install chromium)" >&2; exit 1; }
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=15000 \
    --user-data-dir="$work/profile" --window-size=1400,2300 --screenshot="$out/report.png" \
    "file://$work/report.html" 2>/dev/null
echo "screenshots: wrote $out/report.png and $out/arena-map.png"

#!/usr/bin/env bash
# Runs the CPython reference scripts its developers keep beside the repository under python3 and
# under `./pyheap run`, and says for each whether stdout agrees once addresses are normalised.
# Not needed by the build or the tests; the repository does not carry these scripts.
#
#   scripts/check-reference-scripts.sh DIR [SCRIPT...]
#
# DIR holds reference/cpython-scripts/ (and optionally anchors/py/). Without SCRIPT names, the
# scripts listed in interpreter/src/test/resources/programs/README.md as needing only supported
# modules are run (timing scripts excepted: their output is timings). Exit 0 when all agree.
#
# What CPython itself prints differently from run to run is not compared: timings and addresses are
# normalised away, and each script runs twice under python3; a number that differs between those two
# runs (a race's count, as in s08_gil) is masked on that line in every output, so a line is compared
# in everything that CPython prints the same way each time.
set -uo pipefail
if [[ $# -lt 1 || ! -d $1 ]]; then
  echo "usage: scripts/check-reference-scripts.sh DIR [SCRIPT...]  (DIR holds reference/cpython-scripts/)" >&2
  exit 2
fi
root=$(cd "$1" && pwd); shift
here=$(cd "$(dirname "$0")/.." && pwd)
scripts=("$@")
if [[ ${#scripts[@]} == 0 ]]; then
  scripts=(s01_debugmallocstats s01b_arena_release s02_sizes s02b_alloc_sizes s03_identity s04_refcounts s04b_dealloc_order
           s05_gc s05b_gc_count_debug s05c_gc_order s06_tracemalloc s07_weakref s08_gil s09_errors s10_list_growth)
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
normalise() { sed -E 's/0x[0-9a-fA-F]+/0x?/g; s/[0-9]+\.[0-9]+ ?(s|ms|us|µs)\b/T\1/g'; }
# mask_unstable RUN1 RUN2 OURS: on each line where CPython's two runs differ only in numbers, those
# numbers become N in RUN1, and in OURS when its line has the same shape (the same text around numbers)
mask_unstable() {
  python3 - "$@" <<'PY'
import re, sys
run1, run2, ours = (open(p, encoding="utf-8", errors="surrogateescape").read().split("\n") for p in sys.argv[1:])
number = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")
def masked(line, unstable):
    parts = number.split(line)
    nums = number.findall(line)
    return "".join(p + ("N" if i in unstable else nums[i]) if i < len(nums) else p for i, p in enumerate(parts))
if len(run1) == len(run2):
    for i, (a, b) in enumerate(zip(run1, run2)):
        if a == b or number.split(a) != number.split(b) or len(number.findall(a)) != len(number.findall(b)):
            continue
        unstable = {k for k, (x, y) in enumerate(zip(number.findall(a), number.findall(b))) if x != y}
        run1[i] = masked(a, unstable)
        if i < len(ours) and number.split(ours[i]) == number.split(a) and len(number.findall(ours[i])) == len(number.findall(a)):
            ours[i] = masked(ours[i], unstable)
for path, lines in ((sys.argv[1], run1), (sys.argv[3], ours)):
    open(path, "w", encoding="utf-8", errors="surrogateescape").write("\n".join(lines))
PY
}
same=0; differ=0
for s in "${scripts[@]}"; do
  f=$root/reference/cpython-scripts/${s%.py}.py
  [[ -f $f ]] || f=$root/anchors/py/${s%.py}.py
  if [[ ! -f $f ]]; then echo "missing  $s"; differ=$((differ + 1)); continue; fi
  (cd "$(dirname "$f")" && python3 "$f" 2>/dev/null | normalise > "$work/cpython")
  (cd "$(dirname "$f")" && python3 "$f" 2>/dev/null | normalise > "$work/cpython2")
  (cd "$(dirname "$f")" && "$here/pyheap" run "$f" 2>"$work/err" | normalise > "$work/pyheap")
  mask_unstable "$work/cpython" "$work/cpython2" "$work/pyheap"
  if diff -q "$work/cpython" "$work/pyheap" >/dev/null; then
    echo "same     $s ($(wc -l < "$work/cpython") lines)"; same=$((same + 1))
  else
    first=$(diff "$work/cpython" "$work/pyheap" | head -3 | tr '\n' ' ' | cut -c1-150)
    err=$(tail -1 "$work/err" | cut -c1-100)
    echo "differs  $s: $first${err:+ [stderr: $err]}"; differ=$((differ + 1))
  fi
done
echo "$same same, $differ differ"
[[ $differ == 0 ]]

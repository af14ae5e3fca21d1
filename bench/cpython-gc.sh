#!/usr/bin/env bash
# The CPython side of CollectorBench: CPython 3.11's collector on the same graphs, in the same session.
#
#   bench/cpython-gc.sh            # reachable, cycles, chain at N = 1,000,000, then the young case
#   N=100000 bench/cpython-gc.sh
#
# Runs bench/anchors/py/gc_anchors.py (its docstring defines the cases):
#   gc_anchors.py reachable|cycles|chain N 10    one full gc.collect() on the graph, 10 times (ms)
#   gc_anchors.py young 0 200                     gc.collect(0) over 700 fresh lists, generation 2 empty (us)
#   gc_anchors.py young N 200                     the same with N lists in generation 2
# gc.disable() while the graphs are built; only gc.collect() is timed. One JSON line each.
#
# Environment: PYTHON (default python3, must be CPython 3.11), N (default 1000000), ANCHORS_PY
# (another folder holding a gc_anchors.py; default bench/anchors/py).
set -euo pipefail
case "${1:-}" in
  "") ;;
  -h) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: [N=OBJECTS] [PYTHON=python3] bench/cpython-gc.sh" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
anchors=${ANCHORS_PY:-$here/anchors/py}
python=${PYTHON:-python3}
n=${N:-1000000}
if [[ ! -f "$anchors/gc_anchors.py" ]]; then
  echo "bench/cpython-gc.sh: $anchors/gc_anchors.py not found (ANCHORS_PY)" >&2
  exit 2
fi
if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/cpython-gc.sh: N must be a positive number of objects, got '$n'" >&2
  exit 2
fi
"$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' 2>/dev/null || {
  echo "bench/cpython-gc.sh: $python is not CPython 3.11 (set PYTHON)" >&2; exit 2; }
echo "# $("$python" -VV | head -1); $(date -u +%Y-%m-%dT%H:%M:%SZ), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  echo "\$ $python bench/anchors/py/gc_anchors.py $*"
  "$python" "$anchors/gc_anchors.py" "$@"
}
for case in reachable cycles chain; do
  run "$case" "$n" 10
done
run young 0 200
run young "$n" 200

#!/usr/bin/env bash
# The CPython side of CollectorBench: CPython 3.11's collector on the same graphs, in the same session.
#
#   bench/cpython-gc.sh            # reachable, cycles, chain at N = 1,000,000, then the young case
#   N=100000 bench/cpython-gc.sh
#
# reachable / cycles / chain run ../shared/anchors/py/gc_anchors.py CASE N 10 (gc.disable(), the
# graph built first, time.perf_counter() around gc.collect() only; one JSON line each, times in ms).
# young: 700 fresh small lists, then gc.collect(0), timed alone, with 0 and with 1,000,000 lists in
# generation 2: 200 collections each, median and p99 in microseconds (CollectorBench.young).
#
# Environment: PYTHON (default python3, must be CPython 3.11), ANCHORS (default ../shared/anchors
# beside the project root), N (default 1000000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
anchors=${ANCHORS:-$here/../../shared/anchors}
python=${PYTHON:-python3}
n=${N:-1000000}
if [[ ! -f "$anchors/py/gc_anchors.py" ]]; then
  echo "bench/cpython-gc.sh: $anchors/py/gc_anchors.py not found; set ANCHORS to the anchors folder" >&2
  exit 2
fi
"$python" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
  echo "bench/cpython-gc.sh: $python is not CPython 3.11" >&2; exit 2; }
echo "# $("$python" -VV | head -1)"
for case in reachable cycles chain; do
  echo "\$ $python gc_anchors.py $case $n 10"
  "$python" "$anchors/py/gc_anchors.py" "$case" "$n" 10
done
echo "\$ young: gc.collect(0) over 700 fresh lists, generation 2 holding 0 or $n lists"
"$python" - "$n" <<'PY'
import gc, sys, time, statistics
n = int(sys.argv[1])
gc.disable()
for old_n in (0, n):
    old = [[] for _ in range(old_n)]
    gc.collect(); gc.collect()
    young = None
    times = []
    for _ in range(250):
        young = [[] for _ in range(700)]
        t0 = time.perf_counter(); gc.collect(0); t1 = time.perf_counter()
        times.append((t1 - t0) * 1e6)
    times = sorted(times[50:])
    print(f"old={old_n}: median {statistics.median(times):.1f} us, p99 {times[int(len(times) * 0.99) - 1]:.1f} us")
    del old, young
    gc.collect()
PY

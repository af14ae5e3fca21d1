#!/usr/bin/env bash
# Builds CPython's pymalloc anchor (ab_pymalloc, from ../shared/anchors/c/allocbench.c, exactly as
# that folder's build.sh builds it) in a temporary copy, runs each pattern RUNS times, one process
# per run, round-robin over the patterns, and prints the medians, so that C and Java can be measured
# in one session.
#
#   bench/anchors.sh                      # free32 lifo shuffle churn, 5 runs each
#   bench/anchors.sh -n 3 free32 churn
#
# Environment:
#   ANCHORS_C    the anchor sources (default: <repo>/../shared/anchors/c; read-only is fine)
#   AB_PYMALLOC  use this prebuilt binary instead of building (e.g. /tmp/anchors/c/ab_pymalloc)
#   PYPREFIX     the CPython 3.11 prefix (default: sys.base_prefix of python3), as in build.sh
#
# Output: the raw line of every run, then per pattern "median [min..max]" of ns per alloc+free pair;
# lifo/shuffle also give the warm alloc and free split and the cold (first-batch) time. See
# bench/README.md for how these compare with the JMH scores.
set -euo pipefail

runs=5
while getopts "n:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    h) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: bench/anchors.sh [-n RUNS] [free32|lifo|shuffle|churn ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
patterns=("$@")
if [[ ${#patterns[@]} == 0 ]]; then
  patterns=(free32 lifo shuffle churn)
fi
for p in "${patterns[@]}"; do
  case "$p" in
    free32|lifo|shuffle|churn) ;;
    *) echo "bench/anchors.sh: unknown pattern '$p'; available: free32, lifo, shuffle, churn" >&2; exit 2 ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/anchors.sh: -n expects a positive number of runs, got '$runs'" >&2
  exit 2
fi

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench_dir")
work=$(mktemp -d "${TMPDIR:-/tmp}/pyheap-anchors.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -n "${AB_PYMALLOC:-}" ]]; then
  binary=$AB_PYMALLOC
  echo "# using prebuilt $binary"
else
  src=${ANCHORS_C:-$root/../shared/anchors/c}
  if [[ ! -f "$src/allocbench.c" ]]; then
    echo "bench/anchors.sh: no allocbench.c in $src (set ANCHORS_C)" >&2
    exit 2
  fi
  src=$(cd "$src" && pwd)
  cp -r "$src/." "$work/"
  chmod -R u+w "$work"
  PYPREFIX=${PYPREFIX:-$(python3 -c "import sys; print(sys.base_prefix)")}
  # The pymalloc line of build.sh, verbatim apart from the paths.
  gcc -O2 -g -Wall -DALLOC_PYMALLOC -I"$PYPREFIX/include/python3.11" "$work/allocbench.c" -o "$work/ab_pymalloc" \
      -L"$PYPREFIX/lib" -Wl,-rpath,"$PYPREFIX/lib" -lpython3.11 -lm -ldl -lpthread
  binary=$work/ab_pymalloc
  echo "# built $binary from $src (gcc -O2 -g, CPython at $PYPREFIX)"
fi

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) CPUs, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
raw=$work/raw.txt
: > "$raw"
for run in $(seq 1 "$runs"); do
  for p in "${patterns[@]}"; do
    line=$("$binary" "$p" 2>/dev/null)
    echo "run=$run $line load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$raw"
  done
done

# median [min..max] of one key=value field over the runs of one pattern
stat() {
  local pattern=$1 key=$2
  grep " pattern=$pattern " "$raw" | tr ' ' '\n' | awk -F= -v k="$key" '$1 == k {print $2}' | sort -g |
    awk '{v[NR] = $1} END {
      if (NR == 0) { print "n/a"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.1f [%.1f..%.1f]", m, v[1], v[NR]
    }'
}

echo
echo "# ab_pymalloc, ns per alloc+free pair, median [min..max] of $runs processes"
echo "# (lifo/shuffle: warm = median of batches 2..5 in each process; cold = batch 1)"
printf '%-8s  %-24s  %-24s  %-24s  %s\n' pattern "ns/op (warm)" "warm alloc ns" "warm free ns" "cold ns/op"
for p in "${patterns[@]}"; do
  case "$p" in
    lifo|shuffle)
      printf '%-8s  %-24s  %-24s  %-24s  %s\n' "$p" "$(stat "$p" ns_per_op)" "$(stat "$p" warm_alloc_ns)" \
        "$(stat "$p" warm_free_ns)" "$(stat "$p" cold_ns_per_op)" ;;
    *)
      printf '%-8s  %-24s\n' "$p" "$(stat "$p" ns_per_op)" ;;
  esac
done

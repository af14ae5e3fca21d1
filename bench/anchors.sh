#!/usr/bin/env bash
# The C allocator anchors: builds bench/anchors/c/allocbench.c once per allocator in a temporary
# directory, runs each pattern RUNS times, one process per run, round-robin over patterns and
# allocators, and prints the medians, so that C and Java can be measured in one session.
#
#   bench/anchors.sh                            # CPython's pymalloc: free32 lifo shuffle churn, 5 runs each
#   bench/anchors.sh -n 3 free32 churn
#   bench/anchors.sh -a all                     # glibc, jemalloc, mimalloc and pymalloc
#   bench/anchors.sh -a glibc,mimalloc -n 1 faultcost lifo
#
# Patterns: free32, lifo, shuffle, churn (the default four), none (start and stop: the baseline), and
# faultcost (the cost of one first-touch 4 KiB page fault on this machine; it does not depend on the
# allocator). bench/README.md ("The anchors") describes them and how they compare with the JMH scores.
#
# Needs: a C compiler (cc; gcc on Debian), CPython 3.11's headers and shared library for pymalloc
# (found through PYTHON's sysconfig), and for the others `apt-get install -y libjemalloc-dev
# libmimalloc-dev`.
#
# Environment:
#   PYTHON       the CPython 3.11 whose pymalloc is measured (default python3); its INCLUDEPY and
#                LIBDIR give the headers and libpython3.11 (linked with an rpath)
#   CC           the C compiler (default cc)
#   ANCHORS_C    another folder holding an allocbench.c to build (default: bench/anchors/c)
#   AB_PYMALLOC  use this prebuilt pymalloc binary instead of building one
#
# Output: the raw line of every run, then per allocator and pattern "median [min..max]" of ns per
# allocate+free pair; lifo/shuffle also give the warm allocate and free phases, the cold (first)
# batch and the minor page faults per pair over all 5 batches.
set -euo pipefail

usage="usage: bench/anchors.sh [-n RUNS] [-a ALLOCATOR,...|all] [free32|lifo|shuffle|churn|none|faultcost ...]"
runs=5
allocators=pymalloc
while getopts "n:a:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    a) allocators=$OPTARG ;;
    h) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/anchors.sh: -n expects a positive number of runs, got '$runs'" >&2
  exit 2
fi
patterns=("$@")
if [[ ${#patterns[@]} == 0 ]]; then
  patterns=(free32 lifo shuffle churn)
fi
for p in "${patterns[@]}"; do
  case "$p" in
    free32|lifo|shuffle|churn|none|faultcost) ;;
    *) echo "bench/anchors.sh: unknown pattern '$p'; available: free32, lifo, shuffle, churn, none, faultcost" >&2; exit 2 ;;
  esac
done
[[ "$allocators" == all ]] && allocators=glibc,jemalloc,mimalloc,pymalloc
IFS=, read -r -a kinds <<< "$allocators"
for a in "${kinds[@]}"; do
  case "$a" in
    glibc|jemalloc|mimalloc|pymalloc) ;;
    *) echo "bench/anchors.sh: unknown allocator '$a'; available: glibc, jemalloc, mimalloc, pymalloc (or all)" >&2; exit 2 ;;
  esac
done

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${ANCHORS_C:-$bench_dir/anchors/c}
cc=${CC:-cc}
python=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/pyheap-anchors.XXXXXX")
trap 'rm -rf "$work"' EXIT

need_source() {
  if [[ ! -f "$src/allocbench.c" ]]; then
    echo "bench/anchors.sh: no allocbench.c in $src (ANCHORS_C)" >&2
    exit 2
  fi
  command -v "$cc" >/dev/null || { echo "bench/anchors.sh: no C compiler '$cc' (apt-get install -y gcc, or set CC)" >&2; exit 2; }
}

# build KIND: compiles $work/ab_KIND, or explains in one line what is missing.
build() {
  local kind=$1 flags=(-O2 -g -Wall -DANCHOR_${1^^}) libs=()
  case "$kind" in
    jemalloc) libs=(-ljemalloc) ;;
    mimalloc) libs=(-lmimalloc) ;;
    pymalloc)
      local include libdir ldversion
      read -r include libdir ldversion < <("$python" -c 'import sys, sysconfig as s
assert sys.version_info[:2] == (3, 11), sys.version
print(s.get_config_var("INCLUDEPY"), s.get_config_var("LIBDIR"), s.get_config_var("LDVERSION"))') || {
        echo "bench/anchors.sh: $python is not CPython 3.11 (set PYTHON)" >&2; exit 2; }
      if [[ ! -f "$include/Python.h" ]]; then
        echo "bench/anchors.sh: no Python.h in $include: the CPython 3.11 headers are needed (Debian: libpython3.11-dev)" >&2
        exit 2
      fi
      flags+=(-I"$include")
      libs=(-L"$libdir" -Wl,-rpath,"$libdir" -lpython"$ldversion" -lm -ldl -lpthread)
      ;;
  esac
  if ! "$cc" "${flags[@]}" "$src/allocbench.c" -o "$work/ab_$kind" "${libs[@]}" 2> "$work/cc-$kind.log"; then
    cat "$work/cc-$kind.log" >&2
    case "$kind" in
      jemalloc|mimalloc) echo "bench/anchors.sh: could not build the $kind anchor (apt-get install -y lib$kind-dev)" >&2 ;;
      *) echo "bench/anchors.sh: could not build the $kind anchor" >&2 ;;
    esac
    exit 2
  fi
  echo "# built ab_$kind: $cc ${flags[*]} allocbench.c ${libs[*]}"
}

declare -A binary
for a in "${kinds[@]}"; do
  if [[ "$a" == pymalloc && -n "${AB_PYMALLOC:-}" ]]; then
    binary[$a]=$AB_PYMALLOC
    echo "# using the prebuilt $AB_PYMALLOC"
  else
    need_source
    build "$a"
    binary[$a]=$work/ab_$a
  fi
done

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) CPUs, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
raw=$work/raw.txt
: > "$raw"
for run in $(seq 1 "$runs"); do
  for p in "${patterns[@]}"; do
    for a in "${kinds[@]}"; do
      line=$("${binary[$a]}" "$p" 2>/dev/null)
      echo "run=$run $line load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$raw"
    done
  done
done

# median [min..max] of one key=value field over the runs of one allocator and pattern
stat() {
  local alloc=$1 pattern=$2 key=$3 format=${4:-%.1f}
  grep " alloc=$alloc pattern=$pattern " "$raw" | tr ' ' '\n' | awk -F= -v k="$key" '$1 == k {print $2}' | sort -g |
    awk -v f="$format" '{v[NR] = $1} END {
      if (NR == 0) { print "n/a"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf f " [" f ".." f "]", m, v[1], v[NR]
    }'
}

echo
echo "# ns per allocate+free pair, median [min..max] of $runs processes"
echo "# (lifo/shuffle: warm = median of batches 2..5 in each process, cold = batch 1; faults = minor page faults per pair, all 5 batches)"
row='%-9s %-8s  %-22s  %-22s  %-22s  %-22s  %s\n'
printf "$row" alloc pattern "ns/op (warm)" "warm alloc ns" "warm free ns" "cold ns/op" "faults/pair"
for a in "${kinds[@]}"; do
  for p in "${patterns[@]}"; do
    case "$p" in
      lifo|shuffle)
        printf "$row" "$a" "$p" "$(stat "$a" "$p" ns_per_op)" "$(stat "$a" "$p" warm_alloc_ns)" \
          "$(stat "$a" "$p" warm_free_ns)" "$(stat "$a" "$p" cold_ns_per_op)" "$(stat "$a" "$p" faults_per_op %.4f)" ;;
      free32|churn)
        printf '%-9s %-8s  %s\n' "$a" "$p" "$(stat "$a" "$p" ns_per_op)" ;;
      faultcost)
        printf '%-9s %-8s  %s\n' "$a" "$p" "$(stat "$a" "$p" ns_per_fault) ns per first-touch 4 KiB fault" ;;
      none) ;;
    esac
  done
done

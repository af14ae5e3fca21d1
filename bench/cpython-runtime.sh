#!/usr/bin/env bash
# The CPython side of RuntimeBench: runs CPython 3.11's `python3 -m timeit` on the statements the
# JMH benchmarks mirror, so that both sides are measured in one session.
#
#   bench/cpython-runtime.sh                  # every statement, 3 processes each, round-robin
#   bench/cpython-runtime.sh -n 5 list instance
#
# Statements (each runs as python3 -m timeit -v -r 7 -n N ..., N fixed per statement below):
#   pass      python3 -m timeit "pass"                                       the timeit loop alone
#   list      python3 -m timeit "[]"                                         RuntimeBench.newListAndDrop
#   instance  python3 -m timeit -s "class C: pass" "C()"                     RuntimeBench.newInstanceAndDrop
#   getattr   python3 -m timeit -s "class C: pass" -s "c=C(); c.x=1" "c.x"   RuntimeBench.getattr
#   setattr   python3 -m timeit -s "class C: pass" -s "c=C(); c.x=1" "c.x = 2"  RuntimeBench.setattr
#
# Environment:
#   PYTHON   the interpreter (default: python3; must be CPython 3.11)
#
# Output: the exact command and the 7 raw repeats (ns per loop) of every process, then per statement
# the best repeat (what timeit prints) and the median of all repeats, in ns per loop. The timeit
# loop itself (FOR_ITER, STORE_FAST, JUMP_BACKWARD) is in every number; "pass" measures it alone.
set -euo pipefail

runs=3
while getopts "n:h" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    h) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: bench/cpython-runtime.sh [-n PROCESSES] [pass|list|instance|getattr|setattr ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/cpython-runtime.sh: -n expects a positive number of processes, got '$runs'" >&2
  exit 2
fi

all=(pass list instance getattr setattr)
names=("$@")
if [[ ${#names[@]} == 0 ]]; then
  names=("${all[@]}")
fi

python=${PYTHON:-python3}
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ "$version" != 3.11 ]]; then
  echo "bench/cpython-runtime.sh: $python is Python $version; the reference is CPython 3.11 (set PYTHON)" >&2
  exit 2
fi

# The timeit arguments of one statement: loops per repeat, then the setup/statement arguments.
# Loops are chosen for a few hundred ms per repeat.
statement() {
  case "$1" in
    pass) cmd=(-n 20000000 "pass") ;;
    list) cmd=(-n 10000000 "[]") ;;
    instance) cmd=(-n 5000000 -s "class C: pass" "C()") ;;
    getattr) cmd=(-n 10000000 -s "class C: pass" -s "c=C(); c.x=1" "c.x") ;;
    setattr) cmd=(-n 10000000 -s "class C: pass" -s "c=C(); c.x=1" "c.x = 2") ;;
    *) echo "bench/cpython-runtime.sh: unknown statement '$1'; available: ${all[*]}" >&2; exit 2 ;;
  esac
}
for name in "${names[@]}"; do
  statement "$name"
done

# A command as one would type it (the statements hold no double quote, dollar or backslash).
shown() {
  local out="" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./=-]+$ ]]; then out+="$a "; else out+="\"$a\" "; fi
  done
  echo "${out% }"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/pyheap-cpython.XXXXXX")
trap 'rm -rf "$work"' EXIT
raw=$work/raw.txt
: > "$raw"

echo "# $("$python" -c 'import sys, sysconfig
opt = "--enable-optimizations" in (sysconfig.get_config_var("CONFIG_ARGS") or "")
print(sys.executable, sys.version.split()[0], "(PGO build)" if opt else "(built without --enable-optimizations)")')"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) CPUs, loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for name in "${names[@]}"; do
    statement "$name"
    loops=${cmd[1]}
    # -v prints every repeat ("raw times: 6.83 msec, ...") with 4 significant digits.
    out=$("$python" -m timeit -v -r 7 "${cmd[@]}")
    ns=$(sed -n 's/^raw times: //p' <<<"$out" | tr ',' '\n' | awk -v loops="$loops" '
      { unit = $2 == "sec" ? 1e9 : $2 == "msec" ? 1e6 : $2 == "usec" ? 1e3 : 1
        printf "%s%.2f", (NR > 1 ? "," : ""), $1 * unit / loops }')
    if [[ -z "$ns" ]]; then
      echo "bench/cpython-runtime.sh: no raw times from timeit for '$name':" >&2
      echo "$out" >&2
      exit 1
    fi
    echo "run=$run stmt=$name ns=$ns load=$(cut -d' ' -f1 /proc/loadavg)  # $(shown "$python" -m timeit -r 7 "${cmd[@]}")" |
      tee -a "$raw"
  done
done

echo
echo "# ns per loop over $runs process(es) x 7 repeats"
printf '%-9s  %8s  %8s  %8s\n' stmt best median max
for name in "${names[@]}"; do
  grep " stmt=$name " "$raw" | sed 's/.* ns=\([^ ]*\) .*/\1/' | tr ',' '\n' | sort -g |
    awk -v name="$name" '{v[NR] = $1} END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%-9s  %8.1f  %8.1f  %8.1f\n", name, v[1], m, v[NR]
    }'
done

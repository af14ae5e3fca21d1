#!/usr/bin/env bash
# The interpreter's overhead per workload: each Python workload against its Java twin, same collector,
# same seed, the same amount of work, on this clone's ./pyheap; prints a Markdown table.
#
#   bench/interpreter-overhead.sh                      # every pair, 3 runs each, generational
#   REPEAT=5 COLLECTOR=marksweep bench/interpreter-overhead.sh
#   WORKLOADS="cycles churn" bench/interpreter-overhead.sh
#
# Both sides are timed by the mutator driver, excluding the JVM's start and the program's load:
#   Python  ./pyheap run --threads 1 --json --collector C --seed S NAME ARG   "seconds": one call of main(ARG)
#   Java    ./pyheap run --workload NAME --ops N --json --collector C --seed S   "seconds": N operations
# gcbench's Python main takes its argv, so it runs as a script and its own total_s is taken.
# Each run is a fresh JVM (no warm-up on either side); the median of REPEAT runs is reported.
# Environment: REPEAT (3), COLLECTOR (generational), SEED (0x5EED), WORKLOADS (all seven).
set -euo pipefail
case "${1:-}" in
  "") ;;
  -h) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: [REPEAT=N] [COLLECTOR=NAME] [SEED=S] [WORKLOADS='a b'] bench/interpreter-overhead.sh" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pyheap=$root/pyheap
repeat=${REPEAT:-3}
collector=${COLLECTOR:-generational}
seed=${SEED:-0x5EED}
workloads=${WORKLOADS:-"cycles churn lists dicts strings leaky gcbench"}

# The same work on both sides: the Python program's argument and the Java workload's --ops. A Python
# loop of cycles is one of the Java workload's 2,203 operations per loop (100 rings of 21 nodes,
# linked, dropped, collected); the others count one operation alike on both sides.
python_arg() {
  case $1 in
    cycles) echo 10 ;; churn|lists|dicts|strings) echo 20000 ;; leaky) echo 50000 ;; gcbench) echo "" ;;
    *) echo "unknown workload $1" >&2; exit 2 ;;
  esac
}
java_ops() {
  case $1 in
    cycles) echo 22030 ;; churn|lists|dicts|strings) echo 20000 ;; leaky) echo 50000 ;; gcbench) echo 11960733 ;;
  esac
}

seconds_of() { # the "seconds" of a run --json document, or the total_s gcbench prints
  sed -n -e 's/^  "seconds" : \([0-9.E-]*\),$/\1/p' -e 's/.*"total_s": \([0-9.]*\),.*/\1/p' | head -1
}

three() { if [[ -z $1 ]]; then echo "-"; else awk -v v="$1" 'BEGIN { printf "%.3f", v }'; fi; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else print v[int((NR + 1) / 2)] }'; }

run_python() {
  local name=$1 arg
  arg=$(python_arg "$name")
  if [[ $name == gcbench ]]; then
    "$pyheap" run --collector "$collector" gcbench 2>/dev/null | seconds_of
  else
    "$pyheap" run --threads 1 --json --collector "$collector" --seed "$seed" "$name" "$arg" 2>/dev/null | seconds_of
  fi
}

run_java() {
  "$pyheap" run --workload "$1" --ops "$(java_ops "$1")" --json --collector "$collector" --seed "$seed" 2>/dev/null \
    | seconds_of
}

"$pyheap" list >/dev/null # builds once, before anything is timed
echo "<!-- $(date -u +%Y-%m-%dT%H:%M:%SZ), loadavg $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores,"\
  "collector $collector, seed $seed, median of $repeat fresh-JVM runs each -->"
echo "| workload | work (Python arg / Java --ops) | Python s | Java s | Python / Java |"
echo "|---|---|---:|---:|---:|"
for w in $workloads; do
  py=$(for _ in $(seq "$repeat"); do run_python "$w" || true; done | median)
  java=$(for _ in $(seq "$repeat"); do run_java "$w" || true; done | median)
  if [[ -z $py || -z $java ]]; then
    ratio="($([[ -z $py ]] && echo -n "Python ")$([[ -z $java ]] && echo -n "Java ")did not run)"
  else
    ratio=$(awk -v p="$py" -v j="$java" 'BEGIN { printf "%.1f×", p / j }')
  fi
  printf '| %s | %s / %s | %s | %s | %s |\n' "$w" "$(python_arg "$w" | sed 's/^$/(whole)/')" "$(java_ops "$w")" \
    "$(three "$py")" "$(three "$java")" "$ratio"
done

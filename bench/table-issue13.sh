#!/bin/bash
# Issue 13's table in one session: CPython's timeit and gc anchors, the C allocator anchors, gcbench.py,
# and the JMH benchmarks they are compared with, interleaved so both sides see the same machine.
# Run it on a quiet machine after a full build (mvn -B -q install -DskipTests). Usage: bench/table-issue13.sh [OUTDIR]
cd "$(dirname "$0")/.." || exit 1
OUT=${1:-bench/target/table-issue13}; mkdir -p "$OUT"
export BENCH_NO_BUILD=1 PYHEAP_NO_BUILD=1
step() { echo "=== $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg): $*" | tee -a $OUT/log; }
step cpython-runtime 1; bench/cpython-runtime.sh -n 3 > $OUT/cpy-runtime1.txt 2>&1
step anchors 1; bench/anchors.sh -n 3 faultcost free32 lifo shuffle churn > $OUT/anchors1.txt 2>&1
step cpython-gc 1; bench/cpython-gc.sh > $OUT/cpy-gc1.txt 2>&1
for i in 1 2 3; do step gcbench.py $i; python3 bench/anchors/py/gcbench.py > $OUT/gcbench-py$i.txt 2>&1; done
step MemoryBench; bench/run 'MemoryBench.(getLong|putLong|getLong1024|putLong1024|increfDecref|increfDecref1024)$' -f 1 -wi 2 -i 3 -w 1s -r 1s > $OUT/jmh-memory.txt 2>&1
step RuntimeBench; bench/run 'RuntimeBench.(newListAndDrop|newInstanceAndDrop|getattrCached|setattrCached)$' -f 3 -wi 2 -i 3 -w 1s -r 1s > $OUT/jmh-runtime.txt 2>&1
step AllocatorBench; bench/run 'AllocatorBench.(free32|churn|lifo|shuffle)$' -p allocator=pymalloc -p resident=true -f 1 -wi 2 -i 3 -w 1s -r 1s > $OUT/jmh-alloc.txt 2>&1
step CollectorBench; bench/run 'CollectorBench.(reachable|cycles|young)$' -p collector=generational -p shape=lists -f 3 -wi 5 -i 5 -w 1s -r 1s > $OUT/jmh-collector.txt 2>&1
for i in 1 2 3; do step workload gcbench $i; /usr/bin/time -f "wall %e s" ./pyheap run --workload gcbench > $OUT/wl-gcbench$i.txt 2>&1; done
for i in 1 2 3; do step pyheap gcbench.py $i; /usr/bin/time -f "wall %e s" ./pyheap run bench/anchors/py/gcbench.py > $OUT/py-gcbench$i.txt 2>&1; done
step cpython-runtime 2; bench/cpython-runtime.sh -n 3 > $OUT/cpy-runtime2.txt 2>&1
step anchors 2; bench/anchors.sh -n 3 free32 churn > $OUT/anchors2.txt 2>&1
step cpython-gc 2; bench/cpython-gc.sh > $OUT/cpy-gc2.txt 2>&1
for i in 4 5; do step gcbench.py $i; python3 bench/anchors/py/gcbench.py > $OUT/gcbench-py$i.txt 2>&1; done
step done

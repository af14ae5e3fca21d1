#!/usr/bin/env python3
"""Times a command's start-up: runs it N times as a child process (stdin, stdout and stderr discarded)
and prints the median wall time and the median CPU time (user + sys of the child and its children,
which a loaded machine changes much less than the wall time).

    python3 bench/startup-time.py 5 ./pyheap run -c pass
    PYHEAP_AOT=off python3 bench/startup-time.py 5 ./pyheap run -c pass
"""
import resource
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    runs, command = int(sys.argv[1]), sys.argv[2:]
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.monotonic() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"wall median {statistics.median(walls):.2f} s (min {min(walls):.2f})   "
          f"cpu (user+sys) median {statistics.median(cpus):.2f} s (min {min(cpus):.2f})   [{runs} runs]")


if __name__ == "__main__":
    main()

"""gcbench.py's phases with the depth-4 pass run several times: how much of that pass is warm-up.

    python3 bench/gcbench-warmup.py [REPEAT]          # CPython
    ./pyheap run bench/gcbench-warmup.py [REPEAT]     # pyheap (the JIT compiles while it runs)

Runs the setup of bench/anchors/py/gcbench.py (the stretch tree, the long-lived tree and list), then
its depth-4 pass REPEAT times (default 3), then the depths 6..16 once, with gcbench.py's own
functions, and prints one JSON line: each phase's wall time in ms, and the CPU time of the thread that
ran it (time.thread_time, which a loaded machine disturbs far less). Every depth's pass makes the same
number of nodes (num_iters(d) * tree_size(d) is constant), so on a warm evaluator the repeated
depth-4 passes take the same time; on pyheap the first one also pays for the JIT's compilations and
deoptimizations still under way (bench/README "Issue 14, sixteenth pass").
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "anchors", "py"))
import gcbench  # noqa: E402  (the anchor's module: its main() runs only as a script)


def main(argv):
    repeat = int(argv[1]) if len(argv) > 1 else 3
    phases = []

    def timed(name, action):
        start, cpu = time.perf_counter(), time.thread_time()
        action()
        phases.append([name, round((time.perf_counter() - start) * 1e3, 1), cpu_ms(cpu)])

    def cpu_ms(since):
        return round((time.thread_time() - since) * 1e3, 1)

    def stretch():
        t = gcbench.make_tree(gcbench.STRETCH_DEPTH)
        del t

    kept = []

    def long_lived():
        node = gcbench.Node()
        gcbench.populate(gcbench.LONG_LIVED_DEPTH, node)
        array = [0.0] * gcbench.ARRAY_SIZE
        for i in range(1, gcbench.ARRAY_SIZE // 2):
            array[i] = 1.0 / i
        kept.extend([node, array])

    timed("stretch", stretch)
    timed("long-lived", long_lived)
    for depth in [4] * repeat + [d for d in gcbench.DEPTHS if d != 4]:
        cpu = time.thread_time()
        d = gcbench.one_depth(depth)
        phases.append([f"depth {depth}", d["topdown_ms"], d["bottomup_ms"], cpu_ms(cpu)])
    print(json.dumps(dict(repeat=repeat, phases=phases,
                          columns="name, wall ms (depths: top-down, bottom-up), thread CPU ms")))


if __name__ == "__main__":
    main(sys.argv)

# Workload: Boehm's GCBench: binary trees top-down and bottom-up, a long-lived tree and a 500,000-slot list
# (pyheap run gcbench runs this file from the cli jar: the Java workload gcbench's twin)
# pyheap: leaks-without-cycle-collector = none
"""Boehm's GCBench (John Ellis and Pete Kovac's benchmark, as Hans Boehm adapted it) in Python:
the CPython side of `pyheap run --workload gcbench`.

    python3 gcbench.py [--nogc]

1. A stretch tree of depth 18 is built bottom-up and dropped at once.
2. A long-lived tree of depth 16 is built top-down, and a 500,000-slot list whose first half
   holds floats 1/i; both live until the end (the Java benchmark's double[] becomes a list of
   float objects, which is what CPython would hold).
3. For each depth 4, 6, ..., 16, num_iters(d) = 2 * tree_size(18) / tree_size(d) trees of that
   depth are built top-down (populate: an empty node, then its children filled in) and dropped one
   at a time, then as many bottom-up (make_tree: children first); tree_size(d) = 2^(d+1) - 1 nodes.
   The names are those of Boehm's GCBench.java, which pyheap's Java workload (GcBench) also uses.
4. The long-lived tree and the list are checked, so nothing above could have been skipped.

Nodes are a plain class with two attributes, no __slots__. Nothing is cyclic: with --nogc
(gc.disable() from the start) reference counting frees everything, so the difference between the
two runs is what the cycle collector costs at its default thresholds.

Prints one JSON line: the total time (time.perf_counter()), each depth's two phases in ms, and
gc.get_stats()'s collections and collected per generation.
"""
import gc
import json
import sys
import time

STRETCH_DEPTH = 18
LONG_LIVED_DEPTH = 16
ARRAY_SIZE = 500_000
DEPTHS = range(4, 17, 2)


class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def num_iters(depth):
    return 2 * tree_size(STRETCH_DEPTH) // tree_size(depth)


def populate(depth, node):
    """Top-down: give node two new children, and each of them theirs, depth levels down."""
    if depth <= 0:
        return
    node.left = Node()
    node.right = Node()
    populate(depth - 1, node.left)
    populate(depth - 1, node.right)


def make_tree(depth):
    """Bottom-up: the children exist before their parent."""
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def one_depth(depth):
    count = num_iters(depth)
    start = time.perf_counter()
    for _ in range(count):
        t = Node()
        populate(depth, t)
        t = None
    middle = time.perf_counter()
    for _ in range(count):
        t = make_tree(depth)
        t = None
    end = time.perf_counter()
    return dict(depth=depth, iters=count, topdown_ms=round((middle - start) * 1e3, 1),
                bottomup_ms=round((end - middle) * 1e3, 1))


def main(argv):
    no_gc = "--nogc" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--nogc"]
    if unknown:
        print(f"usage: gcbench.py [--nogc] (not {' '.join(unknown)})", file=sys.stderr)
        sys.exit(2)
    if no_gc:
        gc.disable()
    start = time.perf_counter()
    t = make_tree(STRETCH_DEPTH)
    t = None
    long_lived = Node()
    populate(LONG_LIVED_DEPTH, long_lived)
    array = [0.0] * ARRAY_SIZE
    for i in range(1, ARRAY_SIZE // 2):
        array[i] = 1.0 / i
    depths = [one_depth(d) for d in DEPTHS]
    if long_lived.left is None or array[1000] != 1.0 / 1000:
        sys.exit("gcbench: the long-lived data was lost")
    total = time.perf_counter() - start
    stats = gc.get_stats()
    print(json.dumps(dict(bench="gcbench", gc="disabled" if no_gc else "enabled",
                          total_s=round(total, 3), depths=depths,
                          collections=[g["collections"] for g in stats],
                          collected=[g["collected"] for g in stats])))


if __name__ == "__main__":
    main(sys.argv)

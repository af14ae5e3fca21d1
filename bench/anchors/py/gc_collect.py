"""pyperformance's gc_collect benchmark, without pyperf: the CPython side of `pyheap run --workload cycles`.

    python3 gc_collect.py CYCLES LINKS LOOPS

Each loop collects first (so it starts clean), builds CYCLES rings of LINKS + 1 nodes (each node
points at the next and the previous one; the last closes the ring), drops them all and times the
gc.collect() that frees them. pyperformance's own parameters are 100 20 100 (rings of 21 nodes);
100 999 100 gives rings of 1,000.

Prints one JSON line: the summed time of the timed collections (pyperformance's figure), the median
collection and its cost per garbage node, and the wall time of the whole run including the building.
"""
import gc
import json
import statistics
import sys
import time


class Node:
    def __init__(self):
        self.next = None
        self.prev = None

    def link_next(self, other):
        self.next = other
        other.prev = self


def ring(links):
    """A ring of links + 1 nodes; returns its first node."""
    first = current = Node()
    for _ in range(links):
        node = Node()
        current.link_next(node)
        current = node
    if links:
        current.link_next(first)
    return first


def main(argv):
    try:
        cycles, links, loops = (int(a) for a in argv[1:4])
    except ValueError:
        print("usage: gc_collect.py CYCLES LINKS LOOPS (three integers)", file=sys.stderr)
        sys.exit(2)
    nodes = cycles * (links + 1)
    seconds = []
    wall_start = time.perf_counter()
    for _ in range(loops):
        gc.collect()
        rings = [ring(links) for _ in range(cycles)]
        del rings
        start = time.perf_counter()
        freed = gc.collect()
        seconds.append(time.perf_counter() - start)
        if links and freed < nodes:
            sys.exit(f"gc_collect: the collection freed {freed} objects, fewer than the {nodes} nodes")
    wall = time.perf_counter() - wall_start
    median = statistics.median(seconds)
    print(json.dumps(dict(bench="gc_collect", cycles=cycles, nodes_per_cycle=links + 1, loops=loops,
                          total_collect_s=round(sum(seconds), 4),
                          median_collect_ms=round(median * 1e3, 3),
                          ns_per_garbage_node=round(median * 1e9 / nodes, 1),
                          wall_incl_creation_s=round(wall, 3))))


if __name__ == "__main__":
    main(sys.argv)

# Workload: pyperformance's gc_collect, the shape of the Java workload cycles: each loop calls
# gc.collect(), builds 100 rings of 21 nodes linked both ways, holds them in a list, drops the list
# and calls gc.collect() again, which must find every node of every ring.
# Without a cycle collector every node stays: 100 loops x 100 rings x 21 nodes.
# pyheap: leaks-without-cycle-collector = 210000 Node
import gc
import sys

CYCLES = 100
LINKS = 20
LOOPS = 100


class Node:
    def __init__(self):
        self.next = None
        self.prev = None


def link_next(node, next_node):
    node.next = next_node
    next_node.prev = node


def create_cycle(node, n_links):
    """Makes a ring of n_links + 1 nodes starting at node."""
    first = node
    for _ in range(n_links):
        next_node = Node()
        link_next(node, next_node)
        node = next_node
    link_next(node, first)


def main(loops=int(sys.argv[1]) if len(sys.argv) > 1 else LOOPS):
    found = 0
    for _ in range(loops):
        gc.collect()
        all_cycles = []
        for _ in range(CYCLES):
            node = Node()
            all_cycles.append(node)
            create_cycle(node, LINKS)
        del all_cycles
        found += gc.collect()
    print(loops, "loops of", CYCLES, "rings of", LINKS + 1, "nodes; gc.collect() found", found, "objects")


if __name__ == "__main__":
    main()

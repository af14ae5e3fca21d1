# Workload: Boehm's GCBench (Ellis, Kovac, Boehm), the shape of the Java workload gcbench: a stretch
# tree of depth 18 built and dropped; a long-lived tree of depth 16 and a list of 500,000 slots (half
# of them floats) kept for the whole run; then for depths 4, 6, ..., 16, 2 * tree_size(18) /
# tree_size(d) trees built top-down (populate) and as many bottom-up (make_tree), each dropped at once.
# Builds no cycle: nothing is left behind under any collector.
# pyheap: leaks-without-cycle-collector = none
import sys

STRETCH_DEPTH = 18
LONG_LIVED_DEPTH = 16
ARRAY_SIZE = 500_000
MIN_DEPTH = 4


class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def tree_size(depth):
    return (1 << (depth + 1)) - 1


def num_iters(depth):
    return 2 * tree_size(STRETCH_DEPTH) // tree_size(depth)


def populate(depth, node):
    if depth > 0:
        depth -= 1
        node.left = Node()
        node.right = Node()
        populate(depth, node.left)
        populate(depth, node.right)


def make_tree(depth):
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count(node):
    n = 0
    stack = [node]
    while stack:
        t = stack.pop()
        n += 1
        if t.left is not None:
            stack.append(t.left)
            stack.append(t.right)
    return n


def main(scale=0):
    # scale lowers every depth by that many levels (pyheap run gcbench 4: a quick run)
    stretch = STRETCH_DEPTH - scale
    t = make_tree(stretch)
    print("stretch tree of depth", stretch, "has", count(t), "nodes")
    t = None
    long_lived = Node()
    populate(LONG_LIVED_DEPTH - scale, long_lived)
    array = [0.0] * (ARRAY_SIZE >> scale)
    for i in range(1, len(array) // 2):
        array[i] = 1.0 / i
    for depth in range(MIN_DEPTH, LONG_LIVED_DEPTH - scale + 1, 2):
        iters = 2 * tree_size(stretch) // tree_size(depth)
        for _ in range(iters):
            t = Node()
            populate(depth, t)
            t = None
        for _ in range(iters):
            t = make_tree(depth)
            t = None
        print(iters, "trees of depth", depth, "built top-down and bottom-up")
    if count(long_lived) != tree_size(LONG_LIVED_DEPTH - scale) or array[1000 >> scale] != 1.0 / (1000 >> scale):
        raise AssertionError("the long-lived data changed")
    print("long-lived tree of", count(long_lived), "nodes and list of", len(array), "slots intact")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)

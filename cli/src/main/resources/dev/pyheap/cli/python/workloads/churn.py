# Workload: random mutation of an object graph around a fixed live set, the shape of the Java workload
# churn: a global list `live` of 1000 slots; each operation, drawn from a seeded generator: 45% a slot
# gets a new Node with a payload (a list or tuple of small ints, a small dict, a float, a str or
# bytes), 10% a slot gets a new ring of 2 to 6 Link nodes (cyclic garbage once dropped), 30% a Node's
# ref is set to an older structure, 10% a ref is cleared, 5% a ref chain is read. A ref always points
# to an older structure, so the rings are the only cycles. Without a cycle collector every ring stays.
# pyheap: leaks-without-cycle-collector = 40337 Link
import random
import sys

LIVE = 1000
OPS = 100_000

live = [None] * LIVE
born = [0] * LIVE


class Node:
    def __init__(self, ref=None, payload=None):
        self.ref = ref
        self.payload = payload


class Link:
    def __init__(self):
        self.next = None


def payload(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return [rng.randrange(256) for _ in range(rng.randrange(1, 5))]
    if kind == 1:
        return tuple(rng.randrange(256) for _ in range(rng.randrange(1, 5)))
    if kind == 2:
        return {"k": rng.randrange(256)}
    if kind == 3:
        return rng.random()
    if kind == 4:
        return "s%d" % rng.randrange(1000)
    return bytes(rng.randrange(1, 9))


def ring(rng):
    first = node = Link()
    for _ in range(rng.randrange(1, 6)):
        node.next = Link()
        node = node.next
    node.next = first
    return first


def main(ops=int(sys.argv[1]) if len(sys.argv) > 1 else OPS):
    rng = random.Random(0x5EED)
    rings = 0
    reads = 0
    for step in range(1, ops + 1):
        op = rng.randrange(100)
        i = rng.randrange(LIVE)
        if op < 45:
            live[i] = Node(None, payload(rng))
            born[i] = step
        elif op < 55:
            live[i] = ring(rng)
            born[i] = step
            rings += 1
        elif op < 85:
            j = rng.randrange(LIVE)
            if isinstance(live[i], Node) and live[j] is not None and born[j] < born[i]:
                live[i].ref = live[j]
        elif op < 95:
            if isinstance(live[i], Node):
                live[i].ref = None
        else:
            node = live[i]
            while isinstance(node, Node):
                node = node.ref
                reads += 1
    for i in range(LIVE):
        live[i] = None
    print(ops, "operations on", LIVE, "slots,", rings, "rings made,", reads, "references followed")


if __name__ == "__main__":
    main()

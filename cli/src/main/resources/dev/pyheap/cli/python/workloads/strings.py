# Workload: strings, the shape of the Java workload strings: interning, literals, the latin-1 and
# small-int caches and concatenation, with the identities CPython guarantees checked each time.
# Builds no cycle.
# pyheap: leaks-without-cycle-collector = none
import random
import sys

BUFFER = 256
WORDS = 500
OPS = 100_000


def main(ops=int(sys.argv[1]) if len(sys.argv) > 1 else OPS):
    rng = random.Random(0x5EED)
    words = ["w%d" % i for i in range(WORDS)]
    buffer = [None] * BUFFER
    literal = "literal"
    checked = 0
    for n in range(ops):
        op = rng.randrange(5)
        slot = rng.randrange(BUFFER)
        if op == 0:
            s = sys.intern("".join(["w", str(rng.randrange(WORDS))]))
            assert s is sys.intern(s)
            buffer[slot] = s
        elif op == 1:
            c = chr(rng.randrange(256))
            assert c is chr(ord(c))
            buffer[slot] = c
        elif op == 2:
            i = rng.randrange(-5, 257)
            assert i is int(str(i))
            buffer[slot] = i
        elif op == 3:
            buffer[slot] = words[rng.randrange(WORDS)] + words[rng.randrange(WORDS)]
        else:
            buffer[slot] = "literal"
            assert buffer[slot] is literal
        checked += 1
    print(ops, "string operations,", checked, "identities checked")


if __name__ == "__main__":
    main()

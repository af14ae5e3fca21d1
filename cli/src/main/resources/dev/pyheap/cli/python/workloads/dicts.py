# Workload: dict operations, the shape of the Java workload dicts: set, get, del, pop and clear at
# random (seeded) on 32 dicts of up to 500 items with str and int keys from 200; 2% of the operations
# drop a dict that contains itself. Without a cycle collector those dicts stay.
# pyheap: leaks-without-cycle-collector = 2029 dict
import random
import sys

TABLES = 32
MAX_SIZE = 500
KEYS = 200
OPS = 100_000


def main(ops=int(sys.argv[1]) if len(sys.argv) > 1 else OPS):
    rng = random.Random(0x5EED)
    keys = ["k%d" % k for k in range(KEYS // 2)] + list(range(KEYS // 2))
    tables = [{} for _ in range(TABLES)]
    dropped = 0
    hits = 0
    for _ in range(ops):
        i = rng.randrange(TABLES)
        d = tables[i]
        key = keys[rng.randrange(KEYS)]
        op = rng.randrange(100)
        if op < 2:
            d["self"] = d
            tables[i] = {}
            dropped += 1
        elif op < 50:
            if len(d) < MAX_SIZE:
                d[key] = op
        elif op < 75:
            if d.get(key) is not None:
                hits += 1
        elif op < 90:
            if key in d:
                del d[key]
        elif op < 99:
            d.pop(key, None)
        else:
            d.clear()
    print(ops, "operations on", TABLES, "dicts,", dropped, "self-containing dicts dropped,", hits, "hits")


if __name__ == "__main__":
    main()

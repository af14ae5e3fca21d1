# Workload: list operations, the shape of the Java workload lists: append, pop, insert, del, extend
# and clear at random (seeded) on 64 lists of up to 1000 items; 2% of the operations drop a list that
# contains itself. Without a cycle collector those self-containing lists stay.
# pyheap: leaks-without-cycle-collector = 1976 list
import random
import sys

LISTS = 64
MAX_LENGTH = 1000
OPS = 100_000


def main(ops=int(sys.argv[1]) if len(sys.argv) > 1 else OPS):
    rng = random.Random(0x5EED)
    lists = [[] for _ in range(LISTS)]
    dropped = 0
    for _ in range(ops):
        i = rng.randrange(LISTS)
        lst = lists[i]
        op = rng.randrange(100)
        if op < 2:
            lst.append(lst)
            lists[i] = []
            dropped += 1
        elif op < 40:
            if len(lst) < MAX_LENGTH:
                lst.append(rng.randrange(1000))
        elif op < 60:
            if lst:
                lst.pop()
        elif op < 75:
            if len(lst) < MAX_LENGTH:
                lst.insert(rng.randrange(len(lst) + 1), float(op))
        elif op < 85:
            if lst:
                del lst[rng.randrange(len(lst))]
        elif op < 95:
            if len(lst) < MAX_LENGTH - 8:
                lst.extend([op] * 4)
        else:
            lst.clear()
    print(ops, "operations on", LISTS, "lists,", dropped, "self-containing lists dropped,",
          sum(len(lst) for lst in lists), "items left")


if __name__ == "__main__":
    main()

# Workload: threads sharing one heap, for pyheap run sharing --threads N: each call of main() pushes
# items onto a shared list and pops any thread's items off it (a pop can lose the race for the last
# item to another thread: IndexError, counted as a miss), rebinds the slots of a shared dict, and drops
# 100 pairs of Peers that refer to each other (cyclic garbage). At exit the counts of every call
# reconcile with what the list holds. Without a cycle collector every pair stays, 200 Peers a call.
# pyheap: leaks-without-cycle-collector = 200 Peer
import atexit
import sys

ROUNDS = 2000
PAIRS = 100

shared = []
board = {}
results = []


class Item:
    def __init__(self, value):
        self.value = value


class Peer:
    def __init__(self, other=None):
        self.other = other


def pair():
    a = Peer()
    a.other = Peer(a)


class Draws:
    """A small linear congruential generator: the same draws in every call, whatever the thread."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % n


def main(rounds=int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS):
    rng = Draws(rounds)
    pushed = popped = missed = made = 0
    every = max(1, rounds // PAIRS)
    for step in range(rounds):
        op = rng.below(3)
        if op == 0:
            shared.append(Item(step))
            pushed += 1
        elif op == 1:
            try:
                shared.pop()
                popped += 1
            except IndexError:
                missed += 1
        else:
            board[rng.below(64)] = [Item(step), (step, "s%d" % step)]
        if step % every == 0 and made < PAIRS:
            pair()
            made += 1
    while made < PAIRS:
        pair()
        made += 1
    results.append((pushed, popped, missed))
    print(rounds, "rounds,", PAIRS, "pairs dropped")


@atexit.register
def reconcile():
    pushed = sum(r[0] for r in results)
    popped = sum(r[1] for r in results)
    print(len(results), "calls:", "pushed - popped == len(shared):", pushed - popped == len(shared))


if __name__ == "__main__":
    main()

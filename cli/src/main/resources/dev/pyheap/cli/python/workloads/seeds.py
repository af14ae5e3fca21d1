# Workload: the seed articles' examples as a loop (the shapes of the Java workload seeds and of
# examples/seeds/): id() identity and getrefcount 2/3/2 checked each round, then two lists that
# contain each other and a Person and a Dog that refer to each other, all dropped.
# Without a cycle collector each round leaves its two cycles behind.
# pyheap: leaks-without-cycle-collector = 2000 list, 1000 Person, 1000 Dog
import gc
import sys

ROUNDS = 1000


class Person:
    pass


class Dog:
    pass


def one_round():
    x = 10
    y = x
    assert id(x) == id(y)
    p1 = Person()
    assert sys.getrefcount(p1) == 2
    p2 = p1
    assert sys.getrefcount(p1) == 3
    del p2
    assert sys.getrefcount(p1) == 2
    l1 = ["a", "b"]
    l2 = ["x", "y"]
    l1.append(l2)
    l2.append(l1)
    p = Person()
    d = Dog()
    p.pet = d
    d.master = p


def main(rounds=int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS):
    gc.collect()
    found = 0
    for _ in range(rounds):
        one_round()
        if _ % 100 == 99:
            found += gc.collect()
    found += gc.collect()
    print(rounds, "rounds; gc.collect() found", found, "objects")


if __name__ == "__main__":
    main()

# Workload: a slowly growing retained set, the shape of the Java workload leaky: every request makes
# short-lived garbage (a small list and a dict); one in 16 also appends a record to a global cache
# that only grows, and one retained record in 64 is a Person whose pet is a Dog whose master is the
# person. At the end the cache is emptied: what stays without a cycle collector is the pairs.
# pyheap: leaks-without-cycle-collector = 977 Person, 977 Dog
import random
import sys

RETAIN_EVERY = 16
PAIR_EVERY = 64
REQUESTS = 1_000_000

cache = []


class Record:
    def __init__(self, payload):
        self.payload = payload


class Person:
    pass


class Dog:
    pass


def handle_request(r, retained):
    temp = [r & 0xFF, float(r >> 11)]
    d = {}
    d[temp[0]] = temp
    if r % RETAIN_EVERY == 0:
        if retained % PAIR_EVERY == 0:
            p = Person(); g = Dog(); p.pet = g; g.master = p
            cache.append(p)
        else:
            x = r & 0xFFFF
            cache.append(Record(payload=[x, x, x]))
        return 1
    return 0


def main(requests=int(sys.argv[1]) if len(sys.argv) > 1 else REQUESTS):
    rng = random.Random(0x5EED)
    retained = 0
    for i in range(requests):
        retained += handle_request(rng.getrandbits(32) & ~0xF if i % RETAIN_EVERY == 0 else rng.getrandbits(32) | 1,
                                   retained)
    pairs = sum(1 for o in cache if isinstance(o, Person))
    print(requests, "requests,", len(cache), "records retained,", pairs, "of them Person<->Dog pairs")
    cache.clear()


if __name__ == "__main__":
    main()

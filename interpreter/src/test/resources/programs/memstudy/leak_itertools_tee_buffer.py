# itertools.tee keeps every item the slower copy has not read yet; islice, groupby and chain do not.
import itertools
import sys
import weakref

class Item:
    alive = 0
    def __init__(self, i):
        self.i = i
        Item.alive += 1
    def __del__(self):
        Item.alive -= 1

def produce(n):
    for i in range(n):
        yield Item(i)

fast, slow = itertools.tee(produce(50))
for _ in range(40):
    next(fast)
print("after fast read 40: alive", Item.alive)
for _ in range(30):
    next(slow)
print("after slow read 30: alive", Item.alive)
del slow
print("slow copy dropped: alive", Item.alive)
del fast
print("both dropped: alive", Item.alive)

g = itertools.groupby(produce(10), key=lambda it: it.i // 4)
k, grp = next(g)
first = next(grp)
print("groupby key", k, "first", first.i, "alive", Item.alive)
k2, grp2 = next(g)
print("next group", k2, "old group exhausted:", list(grp), "alive", Item.alive)
del first, g, grp, grp2
print("groupby gone: alive", Item.alive)

ch = itertools.chain(produce(3), produce(3))
items = list(itertools.islice(ch, 4))
print("islice took", [x.i for x in items], "alive", Item.alive)
del items
print("list dropped, chain suspended: alive", Item.alive)
del ch
print("chain dropped: alive", Item.alive)

acc = itertools.accumulate([Item(1), Item(2)], lambda a, b: a)
r = list(acc)
print("accumulate keeps first", len(r), r[0] is r[1], Item.alive)
del acc, r
print("end alive", Item.alive)

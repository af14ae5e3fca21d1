# _heapq's functions as CPython's C ones: the same comparisons in the same order (counted and logged
# through __lt__; heapify's cache-friendly order above 2500 items), the max-heap variants merge(reverse=True) uses, a list whose size a comparison
# changes (RuntimeError), the checks of the arguments, and no reference left behind by a pop.
import heapq, sys, random


class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K%d' % self.v


rng = random.Random(3)
values = [rng.randrange(50) for _ in range(40)]
h = []
for v in values:
    heapq.heappush(h, Key(v))
print(len(Key.log), Key.log[:12])
Key.log.clear()
out = [heapq.heappop(h).v for _ in range(10)]
print(out, len(Key.log), Key.log[-6:])
Key.log.clear()
print(heapq.heapreplace(h, Key(7)), heapq.heappushpop(h, Key(1)), heapq.heappushpop(h, Key(60)), len(Key.log))
Key.log.clear()
big = [Key(rng.randrange(1000)) for _ in range(3000)]
heapq.heapify(big)
print(len(Key.log), hash(tuple(Key.log)), big[:5], all(not (big[(i - 1) // 2].v > big[i].v) for i in range(1, len(big))))
mx = [Key(v) for v in values]
Key.log.clear()
heapq._heapify_max(mx)
print(len(Key.log), mx[:5], heapq._heappop_max(mx), heapq._heapreplace_max(mx, Key(99)), mx[0])
print(list(heapq.merge([9, 7, 3], [8, 2], [10, 1], reverse=True)))
print(list(heapq.merge([1, 4, 9], [2, 3], [], [0, 10], key=lambda x: -x if x > 8 else x)))
print(heapq.nsmallest(3, values), heapq.nlargest(4, values), heapq.nlargest(2, values, key=lambda v: v % 7))


class Shrinker:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __lt__(self, other):
        if self.victim:
            self.victim.pop()
        return self.v < other.v


for name, call in [('heappush', lambda v: heapq.heappush(v, Shrinker(-1, v))),
                   ('heappop', lambda v: heapq.heappop(v)),
                   ('heapify', lambda v: heapq.heapify(v))]:
    victim = []
    victim.extend(Shrinker(i, victim if i == 3 else None) for i in range(10, 0, -1))
    try:
        call(victim)
    except RuntimeError as e:
        print(name, 'RuntimeError', e, len(victim))
    else:
        print(name, 'no error', len(victim))

emptied = [Shrinker(5, None)]
emptied[0].victim = emptied
try:
    heapq.heappushpop(emptied, Shrinker(9, None))
except IndexError as e:
    print('heappushpop', 'IndexError', e)

for call in ['heapq.heappush((), 1)', 'heapq.heappop(None)', 'heapq.heapify("ab")', 'heapq.heapreplace([], 1)',
             'heapq.heappop([])', 'heapq._heappop_max([])', 'heapq.heappushpop([], 3)', 'heapq.heappush([1], "a")',
             'heapq.heappushpop([1, 2])', 'heapq.heapreplace(heap=[1], item=2)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)

item = Key(0)
h = [item]
before = sys.getrefcount(item)
got = heapq.heappop(h)
print(got is item, sys.getrefcount(item) - before, h)
h = [Key(5), Key(6)]
first = h[0]
r = heapq.heapreplace(h, item)
print(r is first, sys.getrefcount(item) - before)
print(heapq.heappush.__module__, heapq.heappop, heapq.heapify.__name__)

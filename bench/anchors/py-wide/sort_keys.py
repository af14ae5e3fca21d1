# sorting: list.sort with keys, sorted of tuples, reverse, itemgetter, stability.
import random
from operator import itemgetter, attrgetter

rng = random.Random(7)
recs = [(rng.randrange(1000), "n%d" % rng.randrange(100000), rng.random()) for _ in range(100000)]


class R:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


objs = [R(r[0], r[1]) for r in recs]
total = 0
for _ in range(1):
    s1 = sorted(recs)
    s2 = sorted(recs, key=itemgetter(1))
    s3 = sorted(recs, key=lambda r: (-r[0], r[2]))
    s4 = sorted(objs, key=attrgetter("b", "a"))
    s5 = sorted(recs, key=itemgetter(2), reverse=True)
    names = sorted(r[1] for r in recs)
    nums = [r[2] for r in recs]
    nums.sort()
    total += s1[100][0] + s2[100][0] + s3[100][0] + s4[100].a + s5[100][0] + len(names[500]) + int(nums[1000] * 1e6)
print(total)

# list.sort is CPython's timsort: the same number and order of __lt__ calls (a checksum of the
# logged pairs) for runs, minrun extension, merges and galloping, with keys and reverse
import random
class K:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return 'K(%r)' % self.v

def run(vals, **kw):
    K.log = []
    items = [K(v) for v in vals]
    items.sort(**kw)
    checksum = sum((i + 1) * (a * 7919 + b) for i, (a, b) in enumerate(K.log)) % 1000003
    print(len(K.log), checksum, [k.v for k in items][:10])

random.seed(5)
for n in (0, 1, 2, 3, 10, 33, 64, 65, 100, 257, 1000, 3000):
    vals = [random.randrange(n // 3 + 1) for _ in range(n)]
    run(vals)
    run(vals, reverse=True)
    run(sorted(vals))
    run(sorted(vals, reverse=True))
    run(vals, key=lambda k: -k.v)
# partly sorted data: galloping
vals = list(range(500)) + list(range(250, 750)) + list(range(100))
run(vals)
vals = [i % 17 for i in range(2000)]
run(vals)
vals = list(range(1000))
random.shuffle(vals)
run(vals[:300] + sorted(vals[300:]))
K.log = []
[K(3), K(1), K(2)].sort()
print(K.log)

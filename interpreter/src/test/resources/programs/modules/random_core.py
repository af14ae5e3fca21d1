# _random.Random directly: MT19937 seeding (ints, negatives, big ints, floats, str), random(), getrandbits,
# getstate/setstate, sizes, CPython's errors, a subclass with its own attributes.
import _random, sys
r = _random.Random(42)
print([r.random() for _ in range(3)])
print(r.getrandbits(5), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
s = r.getstate()
print(len(s), s[-1], type(s).__name__)
x = r.random()
r.setstate(s)
print(x == r.random())
r.seed(2 ** 100 + 7)
print(r.random())
r.seed(-5)
a = r.random()
r.seed(5)
print(a == r.random())
r.seed(3.5)
print(r.random())
r.seed("abc")
print(r.random() < 1.0)
print(sys.getsizeof(_random.Random()), _random.Random)
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate([1]), lambda: r.setstate((1,) * 3), lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.getrandbits(1.5), lambda: r.setstate((0,) * 624 + (625,))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class R(_random.Random):
    def __init__(self, x):
        self.seed(x)
        self.extra = x
q = R(42)
print(q.random(), q.extra, sys.getsizeof(q))

# Seeded random draws from every distribution a simulation uses; with the same seed each must give
# CPython's numbers: random/uniform/randint/randrange/choice/choices (weights, cum_weights)/
# sample (counts)/shuffle/gauss/normalvariate/lognormvariate/expovariate/vonmisesvariate/
# gammavariate/betavariate/paretovariate/weibullvariate/triangular/getrandbits/randbytes,
# getstate/setstate, seeds of different types, and the errors of bad arguments.
import random

r = random.Random(2026)
print([r.random() for _ in range(3)])
print(r.uniform(1, 10), r.randint(1, 6), r.randrange(0, 100, 7), r.randrange(10), r.choice("abcdef"), r.getrandbits(70))
print(r.choices(["red", "green", "blue"], weights=[5, 3, 2], k=8), r.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6), r.choices("xy", k=3))
deck = list(range(20))
r.shuffle(deck)
print(deck, r.sample(deck, 5), r.sample(["a", "b", "c"], k=4, counts=[3, 1, 2]), r.sample(range(10**9), 3))
print([round(f(*a), 12) for f, a in [(r.gauss, (0, 1)), (r.normalvariate, (10, 2)), (r.lognormvariate, (0, 0.5)), (r.expovariate, (1.5,)),
                                     (r.vonmisesvariate, (1.0, 4.0)), (r.gammavariate, (0.5, 1.0)), (r.gammavariate, (1.0, 2.0)), (r.gammavariate, (3.0, 2.0)),
                                     (r.betavariate, (2.0, 5.0)), (r.paretovariate, (3.0,)), (r.weibullvariate, (1.0, 1.5)), (r.triangular, (0, 10, 3)),
                                     (r.triangular, ()), (r.vonmisesvariate, (0.0, 0.0))]])
print(r.randbytes(10).hex(), r.binomialvariate(10, 0.3) if hasattr(r, "binomialvariate") else "no binomialvariate")
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]), state[2])
for seed in [0, 1, -1, 2**100, "hello", b"hello", bytearray(b"hi"), 3.5, None]:
    rr = random.Random(seed) if seed is not None else random.Random(12345)
    print(repr(seed)[:20], rr.random(), rr.randrange(1000))
rv1 = random.Random()
rv1.seed("hello", version=1)
print(rv1.random(), random.Random(7).randrange(-50, 50, 3))
random.seed(99)
print(random.random(), random.randint(0, 10**20), random.choice([1, 2, 3]), random.sample(range(100), 4))
for fn in [lambda: r.randrange(5, 5), lambda: r.randrange(0, 10, 0), lambda: r.randint(3, 1), lambda: r.choice([]),
           lambda: r.sample([1, 2], 3), lambda: r.choices([1, 2], weights=[1], k=1), lambda: r.randrange(1.5),
           lambda: r.getrandbits(-1), lambda: r.sample({1, 2}, 1), lambda: r.choices([1, 2], weights=[0, 0]),
           lambda: r.expovariate(0) if False else r.gammavariate(-1, 1), lambda: r.choices([1], [1], cum_weights=[1])]:
    try:
        print(fn())
    except (ValueError, TypeError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice("abc"), m.uniform(0, 4), m.randrange(100))
sr = random.SystemRandom()
print(type(sr).__name__, 0 <= sr.random() < 1, len(sr.randbytes(4)))

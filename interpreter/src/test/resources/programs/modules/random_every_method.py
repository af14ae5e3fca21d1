# random: seeded sequences of every method stay CPython's (a differential fuzzer compared them over
# many seeds), with the paths that are easy to get subtly wrong: sample's two strategies (a copied
# pool for small populations, redraws for large ones) and its counts, choices with and without
# (cumulative) weights, randrange's float and step forms, seeds of each type and version 1, version 2
# states with negative words, subclasses that bring only random() or only getrandbits(), and the
# errors with their messages.
import random
import warnings

warnings.simplefilter('ignore', DeprecationWarning)


def attempt(label, make):
    try:
        print(label, make())
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


for seed in [0, 12345, -7, 2 ** 80 + 3, 'text', b'bytes', bytearray(b'ba'), 3.25, True]:
    r = random.Random(seed)
    print('seed', repr(seed))
    print(' ', r.random(), r.randrange(10), r.randrange(-5, 100), r.randrange(100, 0, -7), r.randint(1, 6))
    print(' ', r.getrandbits(1), r.getrandbits(100), r.randbytes(9), r.choice('abcdefg'))
    deck = list(range(20))
    r.shuffle(deck)
    print(' ', deck, r.sample(range(30), 10), r.sample(range(10 ** 7), 8))
    print(' ', r.sample(['x', 'y', 'z'], k=5, counts=[3, 1, 2]), r.choices('abc', k=6), r.choices('abc', [5, 0, 1], k=6),
          r.choices('abc', cum_weights=[1, 1, 10], k=6))
    print(' ', r.uniform(-3, 3), r.triangular(), r.triangular(0, 10, 9), r.triangular(2, 2), r.normalvariate(5, 2), r.gauss(),
          r.gauss(1, 3), r.lognormvariate(0, 0.5))
    print(' ', r.expovariate(0.5), r.vonmisesvariate(1, 0), r.vonmisesvariate(1, 4), r.gammavariate(0.5, 2), r.gammavariate(1, 2),
          r.gammavariate(7.5, 1), r.betavariate(2, 5), r.paretovariate(3))
    print(' ', r.weibullvariate(1, 1.5), r.randrange(10.0), r.randrange(0, 1 << 70, 1 << 40))

for seed in ['', 'abc', b'abc', b'\xff\xfe']:
    r = random.Random()
    r.seed(seed, version=1)
    print('version 1', repr(seed), r.random(), r.randrange(1000))
r = random.Random(9)
state = r.getstate()
print(state[0], len(state[1]), state[2], r.random() == (r.setstate(state) or r.random()))
r.setstate((2, tuple([-1] * 624 + [624]), None))
print('version 2 state', r.random(), r.getrandbits(40))
r.gauss()
print('gauss pair kept:', r.getstate()[2] is not None, r.gauss() == r.gauss())


class OnlyRandom(random.Random):
    def random(self):
        return super().random()


class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


for kind in (OnlyRandom, OnlyBits):
    r = kind(5)
    print(kind.__name__, [r.randrange(n) for n in (1, 2, 7, 1000, 2 ** 40)], r.sample(range(50), 5), r.choice('xyz'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print('huge range from random() only:', OnlyRandom(1).randrange(2 ** 60))
    print([str(w.message).splitlines()[0] for w in caught])
    print(random.Random(2).randrange(7.0), [str(w.message) for w in caught[1:]])

r = random.Random(1)
attempt('empty choice', lambda: r.choice([]))
attempt('sample set', lambda: r.sample({1, 2, 3}, 2))
attempt('sample too many', lambda: r.sample(range(3), 4))
attempt('sample negative', lambda: r.sample(range(3), -1))
attempt('sample float k', lambda: r.sample(range(3), 2.0))
attempt('counts mismatch', lambda: r.sample('ab', 1, counts=[1]))
attempt('counts float', lambda: r.sample('ab', 1, counts=[1.0, 2]))
attempt('counts zero', lambda: r.sample('ab', 1, counts=[0, 0]))
attempt('choices positional k', lambda: r.choices('abc', 2))
attempt('choices both', lambda: r.choices('abc', [1, 1, 1], cum_weights=[1, 2, 3]))
attempt('choices mismatch', lambda: r.choices('abc', [1, 1]))
attempt('choices zero', lambda: r.choices('abc', [0, 0, 0]))
attempt('choices inf', lambda: r.choices('abc', [1, float('inf'), 1]))
attempt('randrange empty', lambda: r.randrange(0))
attempt('randrange empty 2', lambda: r.randrange(5, 5))
attempt('randrange empty step', lambda: r.randrange(5, 1, 2))
attempt('randrange zero step', lambda: r.randrange(1, 5, 0))
attempt('randrange no stop', lambda: r.randrange(5, None, 2))
attempt('randrange 1.5', lambda: r.randrange(1.5))
attempt('randrange str', lambda: r.randrange('5'))
attempt('gamma bad', lambda: r.gammavariate(0, 1))
attempt('bits negative', lambda: r.getrandbits(-1))
attempt('seed list', lambda: r.seed([1]))
attempt('setstate version', lambda: r.setstate((7, (), None)))
attempt('triangular swap', lambda: r.triangular(10, 0, 1))
random.seed(2024)
print(random.random(), random.choice(range(100)), random.sample(range(100), 3), random.getrandbits(16))
print(random.Random(3).__reduce__()[0].__name__, random.Random(3).__reduce__()[1], len(random.Random(3).__reduce__()[2][1]))

# random: the same sequences as CPython for the same seeds, for every method; errors.
import random
from casekit import case, run_cases

SEEDS = [0, 1, 2, 42, 2024, -7, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 5, 3 ** 200, -(2 ** 100), True, 0.5, -2.25,
         1e300, float('inf'), 'a string seed', '', 'é☕', b'bytes', bytearray(b'\x00\xff'), b'']


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


@case
def floats_per_seed():
    for s in SEEDS:
        r = random.Random(s)
        print(repr(s), [r.random() for _ in range(5)])


@case
def module_functions_seeded():
    random.seed(42)
    print(random.random(), random.random(), random.random())
    print(random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(50))
    print(random.choice('abcdefg'), random.uniform(1.5, 2.5), random.getrandbits(64))
    items = list(range(10))
    random.shuffle(items)
    print(items, random.sample(range(100), 5), random.sample('abcde', 2))
    print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(), random.expovariate(2.0))
    print(random.triangular(), random.triangular(0, 10, 8), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
    print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(6))
    print(random.choices('xyz', k=6), random.choices(range(5), weights=[1, 0, 3, 0, 1], k=5),
          random.choices('ab', cum_weights=[0.25, 1.0], k=4))


@case
def every_method_many_seeds():
    for s in SEEDS:
        r = random.Random(s)
        out = [r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100),
               r.getrandbits(0), r.randrange(10), r.randrange(-5, 5), r.randrange(0, 100, 3), r.randrange(100, 0, -7),
               r.randrange(2 ** 80), r.randint(-3, 3), r.randint(0, 2 ** 65), r.choice([1, 2, 3]), r.choice('z'),
               r.uniform(-1, 1), r.triangular(1, 5), r.triangular(1, 5, 2), r.triangular(3, 3)]
        print(repr(s), out)
        lst = list(range(20))
        r.shuffle(lst)
        print(' ', lst, r.sample(range(1000), 10), r.sample(range(30), 30)[:5], r.sample('abcdefghij', 7),
              r.sample(range(10 ** 6), 25)[:4], r.sample(['a', 'b'], k=5, counts=[3, 4]), r.sample(range(5), 0))
        print(' ', [r.gauss() for _ in range(3)], r.gauss(5, 0), [r.normalvariate(2, 3) for _ in range(2)],
              r.lognormvariate(0, 0.5), r.expovariate(0.5), r.expovariate(-1))
        print(' ', r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(-1, 1e-7),
              [r.gammavariate(a, 2.0) for a in (0.3, 1.0, 1.5, 30.0)], r.betavariate(0.5, 0.5), r.betavariate(5, 1))
        print(' ', r.paretovariate(1.5), r.weibullvariate(2, 0.5), r.randbytes(0), r.randbytes(9),
              r.choices([10, 20, 30], k=4), r.choices('abc', [5, 1, 1], k=4), r.choices('abc', cum_weights=[1, 1, 3], k=3))


@case
def state_and_reseed():
    r = random.Random(123)
    state = r.getstate()
    print(state[0], len(state[1]), state[1][-1], state[2], state[1][:3])
    a = [r.random() for _ in range(700)]
    r.setstate(state)
    print(a == [r.random() for _ in range(700)])
    r.gauss()
    st = r.getstate()
    print(st[2] is not None)
    g1 = r.gauss()
    r.setstate(st)
    print(g1 == r.gauss())
    r.seed(5)
    print(r.gauss_next, r.random())
    r.seed('abc', version=1)
    print(r.random())
    r.seed(b'abc', version=1)
    print(r.random())
    r.seed('', version=1)
    print(r.random())
    r.seed(12, version=1)
    print(r.random())
    old = (2, tuple(x - 2 ** 32 if i % 2 else x for i, x in enumerate(state[1][:-1])) + (state[1][-1],), None)
    r.setstate(old)
    print(r.random())
    attempt(r.setstate, (4, (), None))
    attempt(r.setstate, (3, (1, 2), None))
    attempt(r.setstate, (3, tuple(range(624)) + (625,), None))
    attempt(r.setstate, (3, tuple(range(624)) + (-1,), None))
    attempt(r.setstate, (3, [0] * 625, None))
    attempt(r.seed, [1, 2])
    attempt(r.seed, {})
    attempt(random.Random, 1, 2)
    r2 = random.Random()
    r3 = random.Random(None)
    print(r2.random() != r3.random(), type(random.Random()).__mro__[1].__module__)
    random.seed(99)
    x = random.getstate()
    y = random.random()
    random.setstate(x)
    print(y == random.random())
    print(random.Random(10).__reduce__()[0].__name__, len(random.Random(10).__reduce__()[2][1]))


@case
def errors():
    r = random.Random(0)
    attempt(r.randrange, 0)
    attempt(r.randrange, -5)
    attempt(r.randrange, 5, 5)
    attempt(r.randrange, 5, 2)
    attempt(r.randrange, 0, 10, 0)
    attempt(r.randrange, 0, 10, -1)
    attempt(r.randrange, 10, step=2)
    attempt(r.randrange, 10.0)
    attempt(r.randrange, 10.5)
    attempt(r.randrange, 0, 10.5)
    attempt(r.randrange, 0, 10, 2.5)
    attempt(r.randrange, '5')
    attempt(r.randrange, 0, '5')
    attempt(r.randint, 5, 1)
    attempt(r.randint, 1.0, 3)
    attempt(r.choice, [])
    attempt(r.choice, {})
    attempt(r.sample, {1, 2}, 1)
    attempt(r.sample, {'a': 1}, 1)
    attempt(r.sample, range(3), 4)
    attempt(r.sample, range(3), -1)
    attempt(r.sample, 'abc', 2, counts=[1, 2])
    attempt(r.sample, 'abc', 2, counts=[1, 2, 0.5])
    attempt(r.sample, 'abc', 2, counts=[0, 0, 0])
    attempt(r.sample, 'abc', 7, counts=[1, 2, 3])
    attempt(r.choices, 'abc', 5)
    attempt(r.choices, 'abc', [1, 2])
    attempt(r.choices, 'abc', [0, 0, 0])
    attempt(r.choices, 'abc', [1, float('inf'), 1])
    attempt(r.choices, 'abc', [1, 1, 1], cum_weights=[1, 2, 3])
    attempt(r.choices, [], k=2)
    attempt(r.choices, 'abc', k=2.5)
    attempt(r.getrandbits, -1)
    attempt(r.getrandbits, 2.5)
    attempt(r.randbytes, -1)
    attempt(r.gammavariate, 0, 1)
    attempt(r.gammavariate, 1, -1)
    attempt(r.expovariate, 0)
    attempt(r.shuffle, (1, 2, 3))
    attempt(r.triangular, 1, 1, 1)
    print(r.random())


@case
def subclasses():
    class OnlyRandom(random.Random):
        def __init__(self, seed):
            self.n = seed

        def random(self):
            self.n = (self.n * 1103515245 + 12345) % 2 ** 31
            return self.n / 2 ** 31

    class WithBits(random.Random):
        def getrandbits(self, k):
            return (2 ** k - 1) // 3

    o = OnlyRandom(1)
    print(o.randrange(100), o.randint(1, 6), o.choice('abcdef'), o.sample(range(50), 4), o._randbelow.__name__)
    w = WithBits(1)
    print(w.randrange(100), w.choice('abcdef'), w._randbelow.__name__)
    print(o.randrange(2 ** 60))

    class Plain(random.Random):
        pass
    print(Plain(5).random() == random.Random(5).random(), Plain._randbelow.__name__)


@case
def long_sequences():
    for s in (0, 1, 31337):
        r = random.Random(s)
        print(s, sum(r.getrandbits(32) for _ in range(5000)), r.random(), r.getrandbits(997) % 1000003)


run_cases()

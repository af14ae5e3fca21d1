"""Pseudo-random numbers: CPython's Mersenne Twister (the runtime's _random.Random: random(),
getrandbits(), seed(), getstate(), setstate()) with the methods CPython builds over it, so a
seed gives the same sequences as CPython 3.11 for every method.

Integers: randrange, randint, getrandbits, randbytes. Sequences: choice, choices, shuffle,
sample. Floats: random, uniform, triangular, gauss, normalvariate, lognormvariate, expovariate,
vonmisesvariate, gammavariate, betavariate, paretovariate, weibullvariate.
"""

import _random
import math as _math
from _collections_abc import Sequence as _Sequence
from _sha512 import sha512 as _sha512
from operator import index as _index
from warnings import warn as _warn

# the math functions the methods call, bound once
_log, _exp, _sqrt, _floor, _ceil = _math.log, _math.exp, _math.sqrt, _math.floor, _math.ceil
_cos, _sin, _acos, _isfinite = _math.cos, _math.sin, _math.acos, _math.isfinite
_pi, _e, TWOPI = _math.pi, _math.e, _math.tau

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
           'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate', 'normalvariate',
           'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample', 'seed',
           'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate']

# constants of the normal (Kinderman-Monahan) and gamma (Cheng) methods, under CPython's names
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1

_NON_INTEGER_DEPRECATED = ('non-integer arguments to randrange() have been deprecated since '
                           'Python 3.10 and will be removed in a subsequent version')


def _accumulate(values):
    """The running totals of values (the first total is the first value itself)."""
    totals = []
    total = None
    first = True
    for value in values:
        if first:
            total = value
            first = False
        else:
            total = total + value
        totals.append(total)
    return totals


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _integer_arg(value, what):
    """value as an int for randrange: an index, or (deprecated) an integral float."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError(f'non-integer {what} for randrange()')
        _warn(_NON_INTEGER_DEPRECATED, DeprecationWarning, 3)
        return as_int


class Random(_random.Random):
    """A random number generator with its own state; the module's functions are the methods of
    one shared instance. A subclass may replace random(), seed(), getstate() and setstate(), and
    getrandbits() for arbitrarily large ranges."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Starts the sequence over from a seed: None (fresh entropy), an int (all its bits), a
        float (its hash), or a str, bytes or bytearray (all their bits with version 2, the
        default; version 1 is Python 2's narrower scheme for str and bytes)."""
        kinds = (str, bytes, bytearray)
        if version == 1 and isinstance(a, kinds[:2]):
            # Python 2's scheme: a string hash over the characters, 64 bits wide
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            mixed = ord(text[0]) << 7 if text else 0
            for char in text:
                mixed = ((1000003 * mixed) ^ ord(char)) & 0xFFFFFFFFFFFFFFFF
            mixed ^= len(text)
            a = -2 if mixed == -1 else mixed
        elif version == 2 and isinstance(a, kinds):
            data = a.encode() if isinstance(a, str) else a
            a = int.from_bytes(data + _sha512(data).digest(), 'big')
        elif a is not None and not isinstance(a, (int, float) + kinds):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restores a state getstate() returned (also version 2 states of older Pythons, whose
        words may be negative)."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f'state with version {version} passed to Random.setstate() of version {self.VERSION}')
        version, words, self.gauss_next = state
        if version == 2:
            try:
                words = tuple(word % (2 ** 32) for word in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits() draws integers from
        # random() alone; the nearest class (in MRO order) that defines one of them decides.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own or 'random' in own:
                cls._randbelow = (cls._randbelow_with_getrandbits if 'getrandbits' in own
                                  else cls._randbelow_without_getrandbits)
                return

    def _randbelow_with_getrandbits(self, n):
        """A random int in [0, n), n > 0: bit_length(n) random bits, drawn again until below n."""
        bits = n.bit_length()
        while True:
            drawn = self.getrandbits(bits)
            if drawn < n:
                return drawn

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """A random int in [0, n), n > 0, from random() alone."""
        draw = self.random
        if n >= maxsize:
            _warn('Underlying random() generator does not supply \n'
                  'enough bits to choose from a population range this large.\n'
                  'To remove the range limitation, add a getrandbits() method.')
            return _floor(draw() * n)
        # draws at or above the last whole multiple of n are thrown back
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            value = draw()
            if value < cutoff:
                return _floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(8 * n).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random item of range(start, stop, step) (or of range(start) with one argument),
        without making the range."""
        low = _integer_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if low <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(low)
        high = _integer_arg(stop, 'stop')
        span = high - low
        stride = _integer_arg(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError(f'empty range for randrange() ({low:d}, {high:d}, {span:d})')
            return low + self._randbelow(span)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # how many items range(low, high, stride) has
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffles the list x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """k distinct items (by position) of a sequence, in the order drawn; counts repeats each
        item of population that many times."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _accumulate(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(bounds, pick, 0, len(bounds))] for pick in picks]
        if k < 0 or k > size:
            raise ValueError('Sample larger than population or is negative')
        picked = [None] * k
        below = self._randbelow
        # A shrinking copy for small populations, else redraws against a set of taken positions.
        # The cut-over depends on k exactly as in CPython, since the two ways draw differently.
        cutover = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        if size <= cutover:
            pool = list(population)
            for taken in range(k):
                spot = below(size - taken)
                picked[taken] = pool[spot]
                pool[spot] = pool[size - taken - 1]
            return picked
        taken_spots = set()
        for index in range(k):
            spot = below(size)
            while spot in taken_spots:
                spot = below(size)
            taken_spots.add(spot)
            picked[index] = population[spot]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of population drawn with replacement, equally likely or by relative weights
        (or cumulative weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in range(k)]
        if cum_weights is None:
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError(f'The number of choices must be a keyword argument: k={weights!r}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)] for _ in range(k)]

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the middle by default)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # the upper side, mirrored
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller: values come in pairs, the second kept for the
        next call (reseeding drops it)."""
        kept, self.gauss_next = self.gauss_next, None
        if kept is None:
            draw = self.random
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            kept = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + kept * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of a normal(mu, sigma) value."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: an angle around mu with concentration kappa (uniform on
        [0, 2*pi) when kappa is about 0)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            accept = draw()
            if accept < 1.0 - d * d or accept <= (1.0 - d) * _exp(d):
                break
        inverse = 1.0 / rho
        f = (inverse + z) / (1.0 + inverse * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        if alpha > 1.0:
            return self._gamma_cheng(alpha, draw) * beta
        # alpha below 1: Ahrens and Dieter's method GS
        while True:
            p = (_e + alpha) / _e * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x * beta
            else:
                x = -_log(((_e + alpha) / _e - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x * beta

    @staticmethod
    def _gamma_cheng(alpha, draw):
        """A gamma(alpha, 1) value for alpha above 1 by Cheng's rejection method (1977)."""
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        scale = alpha + spread
        while True:
            u = draw()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - draw()
            v = _log(u / (1.0 - u)) / spread
            x = alpha * _exp(v)
            z = u * u * w
            r = shift + scale * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0."""
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _urandom(n):
    source = getattr(_random, 'urandom', None)
    if source is None:
        raise NotImplementedError('no source of operating system randomness in this runtime')
    return source(n)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source: no seed, no state."""

    def random(self):
        """A float in [0, 1) with 53 random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Ignored: a system source has no seed."
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# the module's functions are the bound methods of one shared generator
_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
              'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
              'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
              'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name

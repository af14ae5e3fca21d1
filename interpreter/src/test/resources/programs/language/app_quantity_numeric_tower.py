# A units-of-measure Quantity as a numeric library writes it: registering with numbers.Real,
# functools.total_ordering with NotImplemented for other units, reflected and in-place
# operators, __format__ delegating the spec to the magnitude plus a unit suffix option,
# __round__/__trunc__/__floor__/__ceil__, __bool__, __hash__ agreeing with equal floats and
# Fractions, __index__ refused for non-integral magnitudes, and sum()/sorted()/max() over them.
import functools, math, numbers
from fractions import Fraction
@functools.total_ordering
class Q:
    __slots__ = ('mag', 'unit')
    def __init__(self, mag, unit=''):
        object.__setattr__(self, 'mag', mag)
        object.__setattr__(self, 'unit', unit)
    def __setattr__(self, n, v): raise AttributeError(f'{type(self).__name__} is immutable')
    def _coerce(self, other):
        if isinstance(other, Q):
            if other.unit != self.unit:
                raise TypeError(f'unit mismatch: {self.unit!r} vs {other.unit!r}')
            return other.mag
        if isinstance(other, numbers.Real) and not self.unit:
            return other
        return NotImplemented
    def __add__(self, other):
        m = self._coerce(other)
        return NotImplemented if m is NotImplemented else Q(self.mag + m, self.unit)
    __radd__ = __add__
    def __sub__(self, other):
        m = self._coerce(other)
        return NotImplemented if m is NotImplemented else Q(self.mag - m, self.unit)
    def __rsub__(self, other):
        m = self._coerce(other)
        return NotImplemented if m is NotImplemented else Q(m - self.mag, self.unit)
    def __mul__(self, k):
        if isinstance(k, Q):
            return Q(self.mag * k.mag, (self.unit + '*' + k.unit).strip('*'))
        if isinstance(k, numbers.Real):
            return Q(self.mag * k, self.unit)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Q) and k.unit == self.unit:
            return self.mag / k.mag
        return Q(self.mag / k, self.unit) if isinstance(k, numbers.Real) else NotImplemented
    def __neg__(self): return Q(-self.mag, self.unit)
    def __abs__(self): return Q(abs(self.mag), self.unit)
    def __eq__(self, other):
        m = self._coerce(other) if isinstance(other, (Q, numbers.Real)) else NotImplemented
        return NotImplemented if m is NotImplemented else self.mag == m
    def __lt__(self, other):
        m = self._coerce(other)
        return NotImplemented if m is NotImplemented else self.mag < m
    def __hash__(self): return hash(self.mag) if not self.unit else hash((self.mag, self.unit))
    def __bool__(self): return bool(self.mag)
    def __round__(self, n=None): return Q(round(self.mag, n), self.unit)
    def __trunc__(self): return Q(math.trunc(self.mag), self.unit)
    def __floor__(self): return Q(math.floor(self.mag), self.unit)
    def __ceil__(self): return Q(math.ceil(self.mag), self.unit)
    def __index__(self):
        if self.unit or not float(self.mag).is_integer():
            raise TypeError(f'{self!r} is not an index')
        return int(self.mag)
    def __float__(self): return float(self.mag)
    def __format__(self, spec):
        show_unit = spec.endswith('u')
        body = format(self.mag, spec[:-1] if show_unit else spec)
        return f'{body} {self.unit}' if show_unit and self.unit else body
    def __repr__(self): return f'Q({self.mag!r}, {self.unit!r})'
numbers.Real.register(Q)
m = Q(3, 'm'); n = Q(Fraction(1, 2), 'm'); k = Q(4)
print(m + n, m - n, 2 * m, m * 2.5, m * n, m / n, m / 2, -n, abs(-m), 10 - k, k + 1, 1 + k)
print(f'{m:>6.2fu}|{n:u}|{k:03d}|{Q(1234567.891, "g"):,.1fu}', format(Q(0.125, 'm'), '.3f'))
print(m > n, m >= Q(3, 'm'), n < m, k == 4, k == 4.0, 4 == k, k == Fraction(4), Q(0.5) == Fraction(1, 2))
print(hash(k) == hash(4) == hash(4.0), hash(Q(0.5)) == hash(Fraction(1, 2)), len({k, 4, 4.0, Q(4)}))
print(round(Q(2.675, 'kg'), 2), round(Q(2.5)), math.trunc(Q(-2.7)), math.floor(Q(-2.5, 's')), math.ceil(Q(2.1)))
print(bool(Q(0, 'm')), bool(m), isinstance(m, numbers.Real), isinstance(m, numbers.Number), issubclass(Q, numbers.Complex))
print(list(range(Q(3))), [10, 20, 30][Q(1)], 'abcdef'[Q(1):Q(4)], bin(Q(5)))
for bad in [lambda: m + k, lambda: m + 1, lambda: m < k, lambda: [1][Q(0.5)], lambda: range(m), lambda: m * 'x',
            lambda: setattr(m, 'mag', 1), lambda: m.__dict__]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
parts = [Q(1, 'm'), Q(2.5, 'm'), Q(Fraction(1, 4), 'm')]
print(sum(parts, Q(0, 'm')), sorted(parts), max(parts), min(parts, key=lambda q: -q.mag))
try:
    sum(parts)
except TypeError as e:
    print('TypeError:', e)
print(sum([Q(1), Q(2)]), math.fsum([Q(0.1)] * 10), math.isclose(Q(1.0), 1.0), float(Q(Fraction(1, 3))))

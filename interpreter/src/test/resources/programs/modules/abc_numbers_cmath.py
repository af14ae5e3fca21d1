# abc, numbers and cmath as a numeric library uses them: abstract properties and classmethods,
# the "Can't instantiate abstract class" message listing the methods, registering virtual
# subclasses and __subclasshook__, ABCMeta's update_abstractmethods; the numbers tower
# (isinstance of int/float/complex/Fraction/Decimal, a registered Number type); cmath's
# polar/rect/phase, branch cuts, isclose, special values and domain errors.
import abc
import cmath
import math
import numbers
from decimal import Decimal
from fractions import Fraction

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    @abc.abstractmethod
    def unit(cls): ...
    @abc.abstractmethod
    def scale(self, k): ...
    def describe(self):
        return f'{type(self).__name__} area={self.area:.2f} {self.unit()}'

print(sorted(Shape.__abstractmethods__))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class Half(Shape):
    @property
    def area(self):
        return 1.0
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Circle(Half):
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return math.pi * self.r ** 2
    @classmethod
    def unit(cls):
        return 'cm2'
    def scale(self, k):
        return Circle(self.r * k)
print(Circle(1).describe(), Circle(1).scale(2).describe(), Circle.__abstractmethods__)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance('s', Sized))
class Plugin(abc.ABC):
    pass
@Plugin.register
class External:
    pass
print(issubclass(External, Plugin), Plugin.register(int) is int, isinstance(3, Plugin), External.__mro__)
try:
    Plugin.register(5)
except TypeError as e:
    print('TypeError', e)
class Late(abc.ABC):
    pass
Late.run = abc.abstractmethod(lambda self: None)
print(Late.__abstractmethods__, abc.update_abstractmethods(Late).__abstractmethods__)
print(type(Shape), abc.ABCMeta.__module__, abc.get_cache_token() > 0)

for v in [1, True, 1.5, 1j, Fraction(1, 3), Decimal('1.1')]:
    print(type(v).__name__, [t.__name__ for t in (numbers.Number, numbers.Complex, numbers.Real,
                                                   numbers.Rational, numbers.Integral) if isinstance(v, t)])
class Meters:
    def __init__(self, v):
        self.v = v
numbers.Real.register(Meters)
print(isinstance(Meters(1), numbers.Number), issubclass(Meters, numbers.Complex))
try:
    numbers.Integral()
except TypeError as e:
    print('TypeError', str(e)[:60])
print(Fraction(3, 4).numerator, (5).denominator, (2.5).real, (3 + 4j).conjugate(), 7 .imag)

z = complex(-1, 0)
print(cmath.phase(z), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.rect(2, cmath.pi / 2))
print(cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.exp(1j * cmath.pi), cmath.log(-1))
print(cmath.log(8, 2), cmath.log10(100j), cmath.asin(2), cmath.acos(2), cmath.atan(2j / 3))
print(cmath.sinh(1 + 1j), cmath.tanh(1000), cmath.cosh(0j))
print(cmath.isclose(1 + 1j, 1.0000000001 + 1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isfinite(complex('inf')), cmath.isinf(complex(1, float('inf'))), cmath.isnan(complex('nan+1j')))
print(cmath.inf, cmath.infj, cmath.nanj, cmath.tau, cmath.e)
print(cmath.exp(complex(float('inf'), 0)), cmath.sqrt(complex(float('inf'), float('nan'))))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt('x'),
            lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.log(1, 0), lambda: cmath.cosh(complex(1000, 1))]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(complex('1+2j') ** 2, abs(3 + 4j), pow(1j, 2), (1 + 1j) / (1 - 1j), divmod.__name__)

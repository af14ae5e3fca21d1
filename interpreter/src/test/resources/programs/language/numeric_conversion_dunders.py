# Numeric conversion protocols through user classes and built-in subclasses: float() with
# __float__ on float/int subclasses and its result contract (float subclass results deprecated,
# non-floats refused), __index__ as the fallback of float() and int(), complex() with
# __complex__/__float__/__index__, round() through __round__ (and its ndigits), math.floor/ceil/
# trunc through __floor__/__ceil__/__trunc__, bin/hex/oct and operator.index through __index__,
# and the messages when nothing applies.
import math, operator, warnings
warnings.simplefilter('always')

class F(float):
    def __float__(self):
        return 2.5
class I(int):
    def __float__(self):
        return 9.75
    def __index__(self):
        return 11
class Idx:
    def __index__(self):
        return 7
class FloatSub(float):
    pass
class ReturnsSub:
    def __float__(self):
        return FloatSub(1.5)
class ReturnsInt:
    def __float__(self):
        return 1
class Cx:
    def __complex__(self):
        return 1 + 2j
class CxBad:
    def __complex__(self):
        return 5

print(float(F(1.0)), float(I(3)), float(Idx()), int(Idx()), int(I(3)), float(FloatSub(2.0)).__class__.__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = float(ReturnsSub())
    print(r, type(r).__name__, [str(x.message) for x in w], [x.category.__name__ for x in w])
for obj in (ReturnsInt(), object(), 'abc', '1e5', b'2.5', None):
    try:
        print(repr(float(obj)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(Cx()), complex(Idx()), complex(F(1.0)), complex(I(2)), complex(1, Idx()))
for obj in (CxBad(), 'x', None):
    try:
        complex(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError', e)
try:
    complex(1, '2')
except TypeError as e:
    print('TypeError', e)

class R:
    def __round__(self, ndigits=None):
        return ('rounded', ndigits)
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(round(R()), round(R(), 2), round(R(), None), math.floor(R()), math.ceil(R()), math.trunc(R()))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(I(4)), math.floor(Idx()) if False else math.floor(True))
for call in (lambda: round(object()), lambda: math.floor('x'), lambda: math.trunc(object()), lambda: round(1.5, 'x'),
             lambda: round(1.5, 1.0), lambda: math.ceil(None)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(bin(Idx()), hex(Idx()), oct(Idx()), operator.index(Idx()), operator.index(True), [1, 2, 3, 4, 5, 6, 7, 8][Idx()])
print(bin(I(3)), hex(I(3)), 'abc'[I(1)], range(20)[I(3)], divmod(I(7), 2), pow(I(2), 3))
for call in (lambda: bin(1.5), lambda: operator.index('1'), lambda: hex(F(1.0)), lambda: [1][1.0], lambda: 'ab' * 2.0):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    operator.index(BadIndex())
except TypeError as e:
    print('TypeError', e)
class BoolIndex:
    def __index__(self):
        return True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    v = operator.index(BoolIndex())
    print(v, type(v).__name__, [str(x.message)[:60] for x in w])
print(int('12', base=Idx()) if False else int('12', Idx()), int(F(3.9)), int(FloatSub(3.9)), math.isnan(float('nan')), float('-inf'), float(' +1E3 '))
print(abs(I(-3)), type(abs(I(-3))).__name__, -I(2), +F(1.0), type(+F(1.0)).__name__, type(-FloatSub(1.0)).__name__)

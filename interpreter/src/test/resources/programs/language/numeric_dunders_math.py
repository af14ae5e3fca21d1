# __format__ through format()/f-strings/str.format (conversion flags bypassing it, errors for
# non-str returns, object.__format__ refusing a spec), __round__/__trunc__/__floor__/__ceil__
# with round() and math, __iadd__ returning NotImplemented falling back to __add__/__radd__.
import math

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        print(f'  __format__({spec!r})')
        if spec == 'bad': return 42
        if spec.endswith('c'):
            return f'{self.cents}c'
        return format(self.cents / 100, spec or '.2f')
    def __repr__(self): return f'Money({self.cents})'
    def __str__(self): return f'${self.cents/100:.2f}'
m = Money(1234)
print(f'{m}', f'{m:>10.1f}', f'{m!r}', f'{m!s:>8}', '{0:c}'.format(m), format(m, 'c'))
w = 12
print(f'{m:{w}.{1}f}|')
try:
    format(m, 'bad')
except TypeError as e:
    print('TypeError:', e)
try:
    format(object(), 'x')
except TypeError as e:
    print('TypeError:', e)
plain = object()
print(format(plain, '') == str(plain) or 'differs')
class Sub(int): pass
print(format(Sub(5), '03d'), f'{True:d}', f'{True}', f'{True:>5}', format(3.0, ''), format(1e16, ''))
try:
    f'{3:q}'
except ValueError as e:
    print('ValueError:', e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print('ValueError:', e)
try:
    '{:,s}'.format('s')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, ',d')
except ValueError as e:
    print('ValueError:', e)

class Num:
    def __init__(self, v): self.v = v
    def __round__(self, n=None):
        print('  __round__', n)
        return Num(round(self.v, n)) if n is not None else int(round(self.v))
    def __trunc__(self): print('  __trunc__'); return 7
    def __floor__(self): print('  __floor__'); return 'floor!'
    def __ceil__(self): print('  __ceil__'); return ['ceil']
    def __repr__(self): return f'Num({self.v})'
n = Num(2.675)
print(round(n), round(n, 2), round(n, None), math.trunc(n), math.floor(n), math.ceil(n))
print(int(n))
class NoRound: pass
for f in (round, math.trunc, math.floor, math.ceil):
    try:
        f(NoRound())
    except TypeError as e:
        print(f.__name__, 'TypeError:', e)
try:
    round(1.5, 'x')
except TypeError as e:
    print('TypeError:', e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(5, -1), round(15, -1), round(25, -1))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), round(-2.5), type(round(2.5, 0)).__name__)
print(round(1e300, -300), round(123.456, -2), round(float('inf')) if False else 'x')
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(round(float('nan'), 1), round(float('inf'), 2))

class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print('  __iadd__', o)
        if not isinstance(o, Acc): return NotImplemented
        self.v += o.v
        return self
    def __add__(self, o):
        print('  __add__', o)
        if isinstance(o, int): return Acc(self.v + o)
        return NotImplemented
    def __repr__(self): return f'Acc({self.v})'
class Other:
    def __radd__(self, o):
        print('  __radd__'); return 'radd-result'
    def __repr__(self): return 'Other'
a = Acc(1); orig = a
a += Acc(2)
print(a, a is orig)
a += 10
print(a, a is orig)
a += Other()
print(a)
b = Acc(0)
try:
    b += 'str'
except TypeError as e:
    print('TypeError:', e)
class OnlyIadd:
    def __iadd__(self, o): return NotImplemented
x = OnlyIadd()
try:
    x += 1
except TypeError as e:
    print('TypeError:', e)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e, t)

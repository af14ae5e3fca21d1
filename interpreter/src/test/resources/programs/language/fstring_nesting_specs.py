# f-string corners: nested replacement fields in format specs (width, precision, fill from
# variables), !r/!s/!a with specs, the = specifier with spaces kept and its default !r (and !s
# when a spec is given without a conversion), nested f-strings in expressions, format() of
# user classes via __format__, errors for bad specs and conversions, and braces escaping.
import datetime, decimal

width, prec, fill = 12, 3, '*'
value = 3.14159265
name = 'héllo'
print(f'[{value:{width}.{prec}f}]')
print(f'[{value:{fill}^{width}.{prec}e}]')
print(f'[{name!r:>10}] [{name!a}] [{name!s:_<8}]')
print(f'{value=}', f'{value = :.2f}', f'{ name = }', f'{name=!s}', f'{name=:>8}')
print(f'{width + prec=}', f"{'nested ' + f'{prec:03d}'}")
print(f"{f'{2:>{width}}'}", f'''{f"{f'{1+1}'}"}''')
print(f'{{literal}} {{{width}}} }}{{')
print(f'{3:#x} {255:#o} {5:#b} {1234567:,} {1234567:_} {0.5:%} {-0.0:+.1f} {1e20:g}')
print(f'{"left":<{width}}|{"right":>{width}}|{"mid":^{width}}|')
print(f'{12345:=+10} {-12345:=10} {3.5:010.3f} {-3.5:010.3f}')

class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec.endswith('c'):
            return f'{self.cents}c'
        return format(self.cents / 100, spec or '.2f')
    def __repr__(self): return f'Money({self.cents})'
    def __str__(self): return f'${self.cents / 100:.2f}'
m = Money(12345)
print(f'{m} {m:.1f} {m:c} {m!r} {m!s} {m=} {m=:>12.3f}')
print(format(m), format(m, '10.0f'), '{0:c} {0!r:>12}'.format(m))

d = datetime.date(2024, 2, 29)
print(f'{d:%Y/%m/%d} {d:%A} {d!r} {d=}')
dec = decimal.Decimal('1234.5678')
print(f'{dec:.2f} {dec:,.3f} {dec:e} {dec:>15}')
print(f'{1+2j:.2f} {complex(1, -1)!r} {True:d} {True!r:>6} {None!s:^6}|')

for spec in ('.2q', 'z', ',s', '=s', '+s', '#s', '0>3,'):
    try:
        print(spec, repr(format('txt', spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
for spec in ('c', ',d', '.2d', '#c', 'x', '_b'):
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
try:
    format(Money(1), 5)
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError', e)
try:
    f'{object():d}'
except TypeError as e:
    print('TypeError', e)
for src in ("f'{x!z}'", "f'{}'", "f'{x:{y:{z}}}'", "f'{'", "f'}'", "f'{x!}'", "f'{x=!}'"):
    try:
        compile(src, '<f>', 'eval')
        print(src, 'compiles')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
items = {'a': 1}
print(f"{items['a']} {items!r:>12} {[x for x in 'ab']} {(lambda q: q * 2)(4)} {'x' if items else 'y'}")
print(f'{"multi" "part"}' f'{1}' 'plain' f'{2!r}')

# Pins down: format() through __format__ of int/float/complex subclasses (overridden and inherited,
# format spec passed through f-strings and str.format with nested fields), __format__ returning a
# non-str (TypeError message), object.__format__ refusing a non-empty spec, bool's format, '%'
# and 'n' and '_' grouping with each presentation type, 'z' in 3.11, '=' alignment with signs and
# '#' alternate forms, and the error messages of bad specs per type.
class Money(float):
    def __format__(self, spec):
        if spec.endswith('M'):
            return '$' + format(float(self), spec[:-1] or ',.2f')
        return super().__format__(spec)

class Hexy(int):
    def __format__(self, spec):
        return f'<{int(self):#x}|{spec}>'

class Plain(int):
    pass

class Cx(complex):
    pass

m = Money(1234567.891)
print(f'{m}', f'{m:M}', f'{m:.1fM}', f'{m:>15.1f}', format(m, 'e'), '{:M}'.format(m))
h = Hexy(255)
print(f'{h}', f'{h:08}', '{0:{1}}'.format(h, 'x'), format(h), str(h), repr(h))
p = Plain(-42)
print(f'{p:+06d}', f'{p:x}', f'{p:_b}', format(p, ''), str(p), f'{p!r:>8}')
c = Cx(1.5, -2)
print(f'{c}', f'{c:.2f}', f'{c:>20}', format(c, 'g'), format(c, ''))
print(format(True, ''), format(True, 'd'), format(False, '>5'), format(True, '^7'), f'{True:x}')

class BadRet:
    def __format__(self, spec):
        return 42
try:
    format(BadRet(), '')
except TypeError as e:
    print('TypeError', e)
try:
    f'{BadRet()}'
except TypeError as e:
    print('TypeError', e)

class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat(), ''), f'{NoFormat()}')
try:
    format(NoFormat(), '>10')
except TypeError as e:
    print('TypeError', e)

# negative zero with 'z'
for v in [-0.0, -0.0001, 0.0, -1e-10]:
    print(repr(format(v, 'z.2f')), repr(format(v, '.2f')), repr(format(v, 'z')) if False else '', end=' | ')
print()
try:
    format(-0, 'zd')
except ValueError as e:
    print('ValueError', e)

# grouping with every presentation
n = 123456789
for spec in [',', '_', ',d', '_d', '_x', '_o', '_b', '_X', ',.2f', '_.3e', ',%', '_g', '020,', '=+20_']:
    try:
        print(spec, repr(format(n, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
for spec in [',x', ',b', ',o', ',c', '_c', '_n', ',n', ',s']:
    try:
        print(spec, repr(format(n, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)

# '=' alignment and '#' alternate forms
for spec in ['=+10', '=-10x', '#=12x', '#010b', '#o', '#X', '+#x', ' #b', '0=8', '#_b']:
    print(spec, repr(format(-255, spec)), repr(format(255, spec)))

# float presentation types and '#'
for spec in ['#.0f', '#.0e', '#g', '#.3g', '.0%', '#.0%', 'G', '.3G', '#', '.3', '.3n', 'E']:
    print(spec, repr(format(1.0, spec)), repr(format(12345.678, spec)), repr(format(float('inf'), spec)))

# bad specs
for v, spec in [(1, 's'), (1.5, 'd'), ('a', 'd'), ('a', '+'), ('a', '='), (1, '.2'), (1j, '='),
                (1j, '0'), (1, ',_'), (1, '_,'), ('a', ','), (1.5, 'c'), (1, '<<<'), (1, '.'), (1, '1.')]:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), repr(spec), 'ValueError', e)

# __format__ called with conversion flags: !s and !r bypass it
print(f'{h!s:>8}|', f'{h!r}|', '{!a}'.format('é'), f'{m!r}')

# str.format's field grammar: auto and manual numbering mixed (the error), attribute and index
# chains ({0.a[b][0]}), integer-looking keys, nested specs with their own fields, conversions
# !r/!s/!a, braces escaping and the errors for single braces, format_map with a __missing__
# mapping, and Formatter.parse of the same strings.
import string
class Obj:
    a = {'b': ['first'], 3: 'int-key'}
    name = 'obj'
    def __format__(self, spec): return f'Obj[{spec}]'
o = Obj()
print('{0.a[b][0]} {0.name!r:>8} {0.a[3]}'.format(o))
print('{} {} {}'.format(1, 2, 3), '{0}{1}{0}'.format('x', 'y'), '{k[0]}{k[1]}'.format(k='ab'))
print('{:{w}.{p}f}|{:>{w}}|{:{fill}^{w}}'.format(3.14159, 'r', 'c', w=9, p=2, fill='*'))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:^10}'.format('q'), '{{}} {{{0}}}'.format(5))
print('{:%Y}'.format(__import__('datetime').date(2024, 5, 1)), format(o, 'spec'), '{:x}'.format(o))
for fmt, args, kw in [('{} {0}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{', (), {}), ('}', (), {}),
                      ('{0', (1,), {}), ('{0]}', (1,), {}), ('{0[}', ([1],), {}), ('{!x}', (1,), {}),
                      ('{0!}', (1,), {}), ('{a}', (), {}), ('{1}', (1,), {}), ('{0.missing}', (1,), {}),
                      ('{0[5]}', ([1],), {}), ('{0[a]}', ({},), {}), ('{:{:{:}}}', (1, 2, 3), {}),
                      ('{0:{1}}', (1, '>{2}'), {}), ('{0.}', (1,), {}), ('{0[]}', ([1],), {}),
                      ('{:d}', ('x',), {}), ('{:>}', (1,), {}), ('{0:}}', (1,), {}), ('{0!r', (1,), {}),
                      ('{ }', (), {' ': 'space'}), ('{-1}', (), {'-1': 'neg'}), ('{0[-1]}', ({'-1': 'str key'},), {})]:
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)
class Default(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {b} {c[0]}'.format_map(Default(a=1, c='xyz')))
try:
    '{0}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
try:
    '{a}'.format_map([])
except TypeError as e:
    print('TypeError:', e)
for s in ['a{0.x[1]!r:>{w}}b{{c}}', '{}{}', 'plain', '{:{}}', '}}{{']:
    print(list(string.Formatter().parse(s)))
class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u': return str(value).upper()
        return super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return f'?{key}?'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0!u} {missing} {x!r}', 'shout', x='q'))
try:
    Upper().format('{0!z}', 1)
except ValueError as e:
    print('ValueError:', e)
print(f'{"nested {braces}"!r}', f'{3:{"<"}{5}}|', f'{"a" "b"=}', f'{1+1 = }', f'{o!s:.3}' if False else '')

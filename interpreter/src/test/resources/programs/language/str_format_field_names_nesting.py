# Pins down: str.format field-name parsing corners: indexes that are not ints ('{0[-1]}' is the
# str key '-1', '{0[ 1]}' the key ' 1'), attribute chains, empty attribute or index (errors),
# auto-numbering mixed with explicit indexes and keywords, nested replacement fields in the spec
# (and the recursion depth limit), conversions with spaces, braces inside brackets, positional
# index out of range messages, and format() calling __format__ with the nested spec.
class Rec:
    name = 'rec'
    items = {'-1': 'str key -1', ' 1': 'space one', 1: 'int one'}
    def __getitem__(self, k):
        return f'getitem({k!r})'
    def __format__(self, spec):
        return f'Rec<{spec}>'

r = Rec()
def t(fmt, *args, **kw):
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kw)))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(repr(fmt), '!!', type(e).__name__, e)

t('{0[-1]}', r)
t('{0[ 1]}', r)
t('{0[1]}', r)
t('{0[01]}', r)
t('{0[1x]}', r)
t('{0.items[-1]}', r)
t('{0.items[1]}', r)
t('{0.items[ 1]}', r)
t('{0.name.upper.__name__}', r)
t('{0.}', r)
t('{0[]}', r)
t('{0..name}', r)
t('{0[}', r)
t('{0]}', r)
t('{0[a]b}', r)
t('{0[a].name}', r)
t('{0[a}b]}', r)
t('{0[{]}', r)
t('{.name}', r)
t('{[k]}', {'k': 'v'})
t('{} {}', 'a')
t('{} {1}', 'a', 'b')
t('{1} {}', 'a', 'b')
t('{0} {name} {}', 'a', name='n')
t('{5}', 'a')
t('{-1}', 'a')
t('{a-b}', **{'a-b': 'dash key'})
t('{ }', **{' ': 'space key'})
t('{0:{1}}', 3.14159, '.2f')
t('{0:{1}{2}}', 42, '>', 6)
t('{0:{1:{2}}}', 'x', 'y', 'z')
t('{:{}}', r, 'spec')
t('{:{}{}}', r, 'a', 'b')
t('{0!r:>{1}}', 'q', 6)
t('{0! r}', 'q')
t('{0!rr}', 'q')
t('{0!}', 'q')
t('{0!x}', 'q')
t('{0:}', r)
t('{0:{{}}}', r)
t('{{0}}', 'ignored')
t('{{{0}}}', 'x')
t('}', )
t('{', )
t('}}{{', )
t('{0}}', 'x')
t('{0:}}', 'x')
t('{0:d}', 'x')
t('{0:,}', 'x')
t('{0:=}', 'x')
t('{!r}', 'auto')
t('{0[0]}', [['nested']])
t('{0[0][0]}', [['nested']])
t('{0.real.imag}', 5)
t('{0.__class__.__name__}', 5)
t('{0:{1}}', 5, '')
t('{:%Y}', 5)
print(format(r, 'direct'), format(r), f'{r:fstring}', f'{r!s:>3}' if False else '', f'{r:{"nest"}{1+1}}')
print('{0:^{w}.{p}f}|'.format(2.5, w=9, p=2), '{:*^{}}'.format('mid', 11))

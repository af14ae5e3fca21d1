# str.format and format_map as template engines use them: a dict subclass with __missing__ for
# defaults (format_map keeps the mapping, format(**d) copies it and loses __missing__), attribute
# and index lookups in fields ({0.attr}, {0[key]}, {0[1]} with digits as ints), auto/manual
# numbering errors, nested specs, conversion with specs, string.Formatter subclasses and
# string.Template's substitute/safe_substitute with delimiters and identifiers.
import string

class Defaults(dict):
    def __missing__(self, key):
        return f'<{key}?>'

tmpl = 'Hello {name}, you have {count:03d} new {thing}'
d = Defaults(name='Ada', count=7)
print(tmpl.format_map(d))
try:
    print(tmpl.format(**d))
except KeyError as e:
    print('KeyError', e)

class Obj:
    attr = 'A'
    items = {'k': 'v', 1: 'one', '1': 'str-one'}
    seq = ['zero', 'first']
print('{0.attr} {0.items[k]} {0.items[1]} {0.seq[1]} {o.seq[0]}'.format(Obj, o=Obj))
print('{0[-1]}'.format({'-1': 'neg-key'}), '{0[ x ]}'.format({' x ': 'spaced'}))
for fmt, args in [('{} {1}', (1, 2)), ('{0} {}', (1, 2)), ('{2}', (1,)), ('{x}', ()), ('{0.nope}', (1,)),
                  ('{0[5]}', ([1],)), ('{', ()), ('}', ()), ('{0!x}', (1,)), ('{0:{1}}', (5, 'x')),
                  ('{:{}{}}', ('a', '>', 4)), ('{0:{1:{2}}}', (1, 2, 3)), ('{!r:^9}', ('s',)), ('{0.__class__.__name__}', (1.5,)),
                  ('{0[]}', ({},)), ('{0..x}', (1,)), ('{:*^{w}}', ('mid',))]:
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, w=9)))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'${key}'
        return super().get_value(key, args, kwargs)
f = Upper()
print(f.format('{0!u} {name!u} {missing} {1:>4}', 'abc', 7, name='bob'))
print(list(string.Formatter().parse('a{0!r:>3}b{{c}}{x.y[1]}')))
try:
    f.format('{0!z}', 1)
except ValueError as e:
    print('ValueError', e)

t = string.Template('$who likes ${what}s, $$5, $who_else')
print(t.substitute(who='tim', what='kung pao', who_else='x'))
print(t.safe_substitute(who='tim'))
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ sign').substitute()
except ValueError as e:
    print('ValueError', e)
class Pct(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'
print(Pct('%a and %{b} 100%% %A').safe_substitute(a=1, b=2), t.get_identifiers(), t.is_valid())
print('%(a)s %(b)05.1f %%' % {'a': 'x', 'b': 2.25}, '%c%c' % (65, 'b'), '%-5d|%+d' % (3, 3), '%.3s' % 'abcdef')
for fmt, val in [('%d', 'x'), ('%(a)s', (1,)), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%c', 'ab'), ('%c', 1114112)]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

# http.cookies: SimpleCookie and BaseCookie setting values (quoted when a character is not legal in
# a token: octal escapes, backslashed quotes), Morsel attributes (reserved names in any case, flags,
# max-age and comment formatting, invalid attributes and keys as CookieError), output with
# attrs/header/sep, js_output, repr, load from headers (quoted values, expires dates, $-attributes,
# flags, headers dropped from a bad item on), Morsel equality, copy, update, setdefault, pickling.
import pickle
from http import cookies

c = cookies.SimpleCookie()
c['plain'] = 'value'
c['spaced'] = 'two words'
c['odd'] = 'semi;colon "quote" back\\slash \x7f\xe9'
c['num'] = 42
print(c)
print(repr(c))
for key in sorted(c):
    m = c[key]
    print(key, repr(m.key), repr(m.value), repr(m.coded_value))

m = c['plain']
m['Path'] = '/docs'
m['domain'] = 'example.org'
m['max-age'] = 3600
m['comment'] = 'a comment; here'
m['secure'] = True
m['httponly'] = False
m['samesite'] = 'Strict'
m['version'] = 1
print(m.output())
print(m.OutputString(['path', 'secure']))
print(m.output(header='Cookie:'))
print(repr(m))
print(c.output(attrs=['path'], header='X:', sep=' | '))
print(c['plain'].js_output(['path']), end='|\n')
print(repr(c.js_output(attrs=[])))
print(m.isReservedKey('Max-Age'), m.isReservedKey('other'))
print(sorted(m.keys()))

for bad in [lambda: m.__setitem__('colour', 'red'), lambda: m.setdefault('nope', 1),
            lambda: m.update({'Path': '/', 'bad': 1}), lambda: cookies.Morsel().set('path', 'v', 'v'),
            lambda: cookies.Morsel().set('bad key', 'v', 'v'), lambda: c.__setitem__('a b', 'x')]:
    try:
        bad()
    except cookies.CookieError as e:
        print('CookieError', e)
print(m['path'])
print(m.setdefault('PATH', '/other'), m.setdefault('expires', 'never'))
m.update({'DOMAIN': 'b.example'})
print(m['domain'])

for header in [
    'a=1; b="quoted \\"inner\\" \\101\\102"; c=plain',
    'session=abc123; Path=/; HttpOnly; Secure',
    'id=7; expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=10',
    'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";',
    'Path=/; a=1',
    'a=1; unknownflag; b=2',
    'a=1; $Path=/x; $Domain=d; b=2',
    'a=1; Comment="hi there"; b',
    'x=[bracketed]; y=a,b',
    '   spaced   =   out   ;  k=v',
    '',
    'a=1; expires; b=2',
]:
    k = cookies.SimpleCookie()
    k.load(header)
    print(repr(header), '->', repr(k))
    for key in sorted(k):
        items = {a: v for a, v in k[key].items() if v != ''}
        print('   ', key, repr(k[key].value), repr(k[key].coded_value), items)

b = cookies.BaseCookie('x="quoted"; y=2')
print(repr(b), b['x'].value, b['x'].coded_value)
b['z'] = 'has space'
print(b.output())
b.load({'w': 'from dict', 'v': 5})
print(repr(b))

m1 = cookies.Morsel(); m1.set('k', 'v', 'v')
m2 = cookies.Morsel(); m2.set('k', 'v', 'v')
print(m1 == m2, m1 != m2, m1 == {}, m1 == dict(m1))
m2['path'] = '/'
print(m1 == m2)
m3 = m2.copy()
print(type(m3).__name__, m3 == m2, m3 is m2, m3.key, m3['path'])
m4 = pickle.loads(pickle.dumps(m2))
print(m4 == m2, m4.key, m4.value, m4['path'])
c2 = pickle.loads(pickle.dumps(c))
print(repr(c2))
c['replace'] = cookies.Morsel()
print(type(c['replace']).__name__, c['replace'].key)
print(cookies.Morsel[str], cookies.SimpleCookie('a=1').keys())
print(cookies._quote('plain'), cookies._quote('a\x00b\n'), cookies._unquote('"\\141\\"x"'), cookies._unquote('"'))
print(cookies.__all__)

# tomllib: a document with every kind of value, load from a binary file, parse_float, and the
# decoder's errors with their line and column.
import io
import tomllib
from decimal import Decimal

DOC = '''
# a comment
title = "TOML \\"example\\" \\u00e9\\U0001F600"
literal = 'C:\\Users\\nodejs'
multi = """
Roses are red
Violets are \\
    blue"""
lit_multi = \'\'\'
first line
  second line\'\'\'
quotes = """Here are two quotation marks: "". Simple enough.""\"
int1 = +99
int2 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
flt = 6.626e-34
flt2 = -0.01
flt3 = 5e+22
special = [inf, -inf, +inf]
bools = [true, false]
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
odt3 = 1979-05-27 07:32:00.5+05:30
ldt = 1979-05-27T07:32:00
ld = 1979-05-27
lt = 07:32:00.123456789
nested = [ [1, 2], ["a", 'b'], [ {x = 1}, ], ]
"quoted key" = 1
site."google.com" = true
a.b.c = 1
a.b.d = 2
point = { x = 1, y = 2, z.w = 3 }

[owner]
name = "Tom"   # trailing comment

[database.servers]
ports = [ 8000,
  8001, # comment inside
  8002
]

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''

data = tomllib.loads(DOC)
for key in data:
    print(key, '=', repr(data[key]))
import math
print(math.isnan(tomllib.loads('n = nan')['n']), tomllib.loads('n = -nan')['n'] != tomllib.loads('n = -nan')['n'])

print(tomllib.load(io.BytesIO(b'x = 1\r\ny = "two"\r\n')))
try:
    tomllib.load(io.StringIO('x = 1'))
except TypeError as e:
    print('TypeError:', e)

print(tomllib.loads('a = 1.5\nb = [2.25, 3e2]', parse_float=Decimal))
try:
    tomllib.loads('a = 1.5', parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
print(tomllib.loads(''), tomllib.loads('\n\n# only a comment'))

BAD = [
    'a = 1\nb = ',
    'a = 1 b = 2',
    'a = 1\na = 2',
    '= 1',
    'a 1',
    '[t]\n[t]',
    '[t]\nx = 1\n[t.x]',
    'a = {x = 1}\na.y = 2',
    'a = [1, 2\nb = 3',
    'a = [1 2]',
    'a = {x = 1, x = 2}',
    'a = {x = 1',
    's = "abc',
    's = "a\\qb"',
    's = "\\u12"',
    's = "\\uD800"',
    "s = 'abc",
    's = """abc',
    "s = '''abc",
    's = "a\x01b"',
    '# comment \x00',
    'd = 1979-02-30',
    't = 25:00:00',
    'x = 0x',
    'x = 01',
    'x = 1__0',
    '[a]\nb.c = 1\n[a.b]',
    'a.b = 1\n[a]',
    '[[a]]\n[a]',
    'a = [1]\n[[a]]',
    'a = 1\n[a.b]',
    '[a\nb = 1',
    '[[a]\n',
    'x = truth',
    '  $ = 1',
    'a = {b = [1]}\n[a.b]',
    'a = {b = {c = 1}, b.d = 2}',
    'x = """ a\\  b"""',
    'key = "v"\n  \n  other = @',
]
for text in BAD:
    try:
        print('parsed?', tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print(repr(text), '->', e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
try:
    tomllib.loads(b'x = 1')
except TypeError as e:
    print('TypeError:', e)

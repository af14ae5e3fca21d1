# re.Pattern's and re.Match's methods as _sre's: argument names and keywords, pos and endpos
# clamped, CPython's TypeErrors for subjects and arguments, group indexes (ints, bools, __index__,
# names, bad ones), defaults, lastindex/lastgroup of nested and alternative groups, regs, reprs
# (cut at 50 and 200 characters, flags), pattern equality and hash, sub/subn with literals,
# templates, callables and counts, split with maxsplit, findall's shapes, finditer and scanners
# over empty matches, bytes-like subjects (bytes, bytearray, memoryview) giving bytes groups.
import re
import sys

p = re.compile(r'(?P<key>[a-z]+)=(?P<value>\d*)(;)?')
s = 'x=1; yy=22;zzz='
m = p.search(s)
print(m, m.group(), m.group(0, 1, 'value', 3), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(default=0))
print(m.span(), m.span('key'), m.start(2), m.end(3), m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m[0], m['key'], m[True], m[False])


class Two:
    def __index__(self):
        return 2


print(m.group(Two()), m.start(Two()), m[Two()])
for bad in (4, -1, 'nope', 2 ** 70, -2 ** 70, 1.0, None, b'key'):
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
try:
    m.group([])
except TypeError as e:
    print('list', e)
for call in (lambda: m.start(0, 1), lambda: m.span(1, 2), lambda: m.groups(1, 2), lambda: m.expand(),
             lambda: m.groupdict(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# lastindex: the group that closed last
for pattern, text in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(a)|b', 'b'),
                      (r'((a)|(b))+', 'ab'), (r'(?P<outer>(?P<inner>x))', 'x'), (r'(a)(b)?', 'a'), ('', '')]:
    mm = re.match(pattern, text)
    print(pattern, mm.lastindex, mm.lastgroup, mm.regs)

# keywords and pos/endpos
print(p.match(string='k=5'), p.search(s, pos=3), p.search(s, endpos=5), p.fullmatch('a=1;', 0, 4))
print(p.match(s, -10), p.match(s, 100), p.search(s, 2, -5), p.search(s, 5, 2), p.findall(s, 2, 10))
try:
    p.match()
except TypeError as e:
    print(e)
try:
    p.match(s, pos='1')
except TypeError as e:
    print(e)
try:
    p.search(s, 2 ** 100)
except OverflowError as e:
    print(e)
try:
    p.match(s, 0, sys.maxsize, 1)
except TypeError as e:
    print(e)
try:
    p.match(s, strng=s)
except TypeError as e:
    print(e)
for subject in (1, None, ['a'], b'a=1', bytearray(b'x=2')):
    try:
        print(p.match(subject))
    except TypeError as e:
        print(type(subject).__name__, e)
try:
    re.compile(b'a').match('a')
except TypeError as e:
    print(e)

# bytes-like subjects: a group is bytes whatever the subject
bp = re.compile(rb'(\w)(\w)')
for subject in (b'ab', bytearray(b'cd'), memoryview(b'ef')):
    mm = bp.match(subject)
    print(type(mm.string).__name__, mm.group(), mm.group(1), mm.groups(), bp.findall(subject), bp.split(subject),
          bp.sub(b'-', subject), bp.sub(lambda m: m[2] + m[1], subject))
print(bp.sub(rb'\2\1', b'abcd'), bp.sub(rb'\2\1', bytearray(b'abcd')))
print(bp.sub(b'-', bytearray(b'abcd')), re.sub(b'x', b'', b'abc') is not None)

# reprs
print(re.compile('a' * 300))
print(re.match('.*', 'b' * 100))
print(re.match('.*', 'quote\'s "both"'))
print(re.compile('a', re.I | re.M | re.S | re.X), re.compile('a', re.U), re.compile('a', re.A), re.compile(b'a', re.L))
print(re.compile(b'x', re.I), re.compile('(?i)x'), re.compile('x', re.DEBUG if False else 0))

# equality and hash
a, b, c = re.compile('ab'), re.compile('ab'), re.compile('ab', re.I)
print(a == b, a != b, a == c, a == 'ab', hash(a) == hash(b), re.compile(b'ab') == a, {a: 1}[b])
try:
    a < b
except TypeError as e:
    print(e)

# sub and subn
print(p.sub('#', s), p.subn('#', s), p.sub('#', s, 1), p.sub('#', s, count=2), p.sub('#', s, -1), p.subn('', s))
print(p.sub(r'\g<value>:\2:\g<key>', s), p.sub(lambda m: m['key'].upper(), s), p.sub(lambda m: None, s))
print(re.sub('x*', '-', 'abxd'), re.subn('', '.', 'ab'), re.sub('(a)|b', r'[\1]', 'ab'))
t = 'no match here'
print(re.sub('z', 'y', t) is t, re.sub(b'z', b'y', b'bytes') == b'bytes')
for repl in (1, b'x', None):
    try:
        re.sub('a', repl, 'a')
    except TypeError as e:
        print(type(repl).__name__, e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e)
try:
    p.sub('#', s, 'x')
except TypeError as e:
    print(e)

# split and findall
print(p.split(s), p.split(s, 1), p.split(s, maxsplit=-1), re.split(r'\W*', 'a, b'), re.split('(x)|,', 'a,bxc'))
print(re.findall(r'\d', 'a1b22'), re.findall(r'(\d)(\w)?', '1a 2'), re.findall('', 'abc'), re.findall(r'\b', 'a b'))

# finditer and scanners: successive matches, empty ones not twice at the same place
it = re.finditer(r'\w*', 'ab c')
print(type(it).__name__, [(x.span(), x.group()) for x in it])
sc = re.compile(r'\d*').scanner('1a23')
print([sc.match() for _ in range(3)])
sc = re.compile(r'\d*').scanner('1a23', 1)
print([sc.search() for _ in range(5)])
sc = re.compile('a').scanner('xa', 5)
print(sc.search(), sc.match())

# expand
m = re.match(r'(?P<first>\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \g<first> \g<1>!'), m.expand(b'x' if False else r'\n'))
try:
    m.expand(r'\g<nope>')
except IndexError as e:
    print(e)

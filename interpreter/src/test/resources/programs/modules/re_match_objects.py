# re: Match objects: repr, groups by number and name, spans, lastindex/lastgroup, expand, errors.
import re

m = re.search(r'(?P<key>\w+)=(?P<val>\d+)(;)?', 'x: size=42 rest')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0))
print(m.groups(), m.groups('missing'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(2), m.start('key'), m.end(1), m.start(3), m.span(3))
print(m[0], m['key'], m[2], m[3])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r'\g<val> for \1 (\g<0>)'))
print(bool(m), type(m).__name__, type(m).__module__)
for bad in (4, 'nope', -1, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
# lastindex is the group that closed last
for pat, s in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'((a)(b))', 'ab'), (r'(a)|(b)', 'b'),
               (r'(a)(x)?', 'a'), (r'a', 'a'), (r'(?P<outer>(?P<inner>a))', 'a')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)
long = re.match(r'.*', 'x' * 80)
print(long)
print(re.match(r'(\d)', '7', ).group(True))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'ab c'), re.match(r'b', 'abc'), re.search(r'b', 'abc'))
p = re.compile(r'\d+')
print(p.match('ab12cd', 2), p.match('ab12cd', 2, 3), p.search('ab12cd', 0, 2), p.fullmatch('ab12cd', 2, 4))
print(p.search('12 34', 1).span(), p.match('12', -5), p.match('12', 5), p.search('1234', 2, 100))
try:
    re.Match()
except TypeError as e:
    print(e)

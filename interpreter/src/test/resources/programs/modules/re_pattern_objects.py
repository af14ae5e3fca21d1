# re: Pattern objects: repr with flags, attributes, equality, the compile cache, flags' reprs.
import re

for p in [re.compile('a+'), re.compile('a+', re.I), re.compile(r'(?i)x\d', re.M | re.S),
          re.compile(b'ab', re.A), re.compile('a', re.A | re.X), re.compile('q' * 300)]:
    print(repr(p)[:80], p.flags, p.groups)
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(x)?')
print(p.pattern, p.groups, p.groupindex, dict(p.groupindex))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == 'a')
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile('cached') is re.compile('cached'))
re.purge()
print(re.compile(p) is p, type(p).__name__, type(p).__module__, type(p))
try:
    re.compile(p, re.I)
except ValueError as e:
    print(e)
try:
    re.compile(5)
except TypeError as e:
    print(e)
try:
    class Sub(re.Pattern):
        pass
except TypeError as e:
    print(e)
print(re.I, re.IGNORECASE, repr(re.M | re.S), re.I | re.M | re.X, int(re.A), re.U.value, re.NOFLAG)
print(re.I == 2, re.S & re.S, isinstance(re.I, int), re.DOTALL.name)
print(re.compile('x', re.I | re.M).flags == re.I | re.M | re.U)

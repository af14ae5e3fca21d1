# sys.getsizeof of compiled patterns with 0..n groups: 3.11's PatternObject is 96 bytes (with its
# first code word) plus 4 per word of the code CPython's compiler writes for the pattern, plus the
# GC header; and of their matches, 88 bytes plus 8 per mark (two per group, group 0 included).
import re
import sys

for n in range(5):
    text = '(a)' * n + 'b'
    p = re.compile(text)
    m = p.match('a' * n + 'b')
    print(n, repr(text), sys.getsizeof(p), p.__sizeof__(), sys.getsizeof(m), m.__sizeof__())
for text in ['', 'a', 'abc', '[a-z]+', r'(?P<x>\d+)-(?P<y>\d+)', 'a|b|c', r'\w+@\w+\.com']:
    print(repr(text), sys.getsizeof(re.compile(text)), sys.getsizeof(re.compile(text.encode())))

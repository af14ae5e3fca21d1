# re: findall with no, one and several groups; finditer; empty matches (3.7's rule); pos/endpos.
import re

text = 'alloc 120 B at 0x1f, free 64 B at 0x2a; alloc 8 B'
print(re.findall(r'\d+', text))
print(re.findall(r'(\w+) (\d+) B', text))
print(re.findall(r'(alloc|free) (\d+)', text))
print(re.findall(r'0x([0-9a-f]+)', text))
print(re.findall(r'(a)(x)?', 'aa'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')])
print([(m.group(), m.start()) for m in re.finditer(r'B', text)])
print(re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'), re.findall(r'|a', 'a'))
print(re.findall(r'a?', 'baaac'), re.findall(r'\b', 'ab cd'), re.findall(r'(?=a)', 'aaa'))
print(re.findall(r'^\w', 'ab\ncd\nef', re.M), re.findall(r'\w$', 'ab\ncd\n', re.M), re.findall(r'$', 'ab\n'))
p = re.compile(r'\d')
print(p.findall('0123456', 2, 5), [m.group() for m in p.finditer('0123456', 4)])
print(re.findall(r'\w+', 'héllo wörld ñ 123 ٣'), re.findall(r'\d', '1٣۳a'), re.findall(r'\d', '1٣۳a', re.A))
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())
print(re.findall(rb'\w+', b'bytes too, ok'), re.findall(r'[^\s,]+', 'a,b  c'))

# re: sub and subn with templates and functions, count, split with groups and maxsplit, empty matches.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a1b22'), re.sub(r'(\d)', r'\g<1>0', '12'), re.sub('a', r'\n\t|', 'xa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'))
print(re.sub(r'x', '-', 'xxxx', count=2), re.subn(r'x', '-', 'xaxbx'), re.subn('z', '-', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('|a', '-', 'ab'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub(r'a', r'\\', 'a'), re.sub(r'a', r'\.', 'a'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.sub(b'a', lambda m: b'A', b'banana'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W+)?(x)', 'axb, xc'), re.split(r'\b', 'a b'), re.split(r'x*', 'axbc'))
print(re.split(r'\d', 'no digits'), re.split(',', 'a,b,,c', maxsplit=2), re.split(',', ''))
p = re.compile(r'(?P<k>\w)=(?P<v>\w)')
print(p.sub(r'\g<v>=\g<k>', 'a=1 b=2'), p.subn(lambda m: m['k'].upper(), 'a=1 b=2'))
print(re.escape('a.b*c d?[x]'), re.escape('100%_-'), re.escape(b'a.b'))

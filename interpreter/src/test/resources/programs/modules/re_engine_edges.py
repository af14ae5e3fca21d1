# re: where the engine's rules meet Python's: code-point offsets around astral characters, pos and
# endpos (look-behind sees before pos, the string ends at endpos), successive empty matches.
import re

s = 'a😀b😀😀c'
print(re.search('b', s).span(), [m.span() for m in re.finditer('😀', s)], re.findall('.', s))
print(re.sub('😀', '-', s), re.split('😀+', s), re.match('a.b', s), re.compile('c').search(s, 4))
p = re.compile(r'(?<=a)b')
print(p.search('ab', 1), p.match('ab', 1), re.compile(r'^b').search('ab', 1), re.compile(r'\Ab').match('ab', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'a(?=b)').search('ab', 0, 1), re.compile(r'\w+\Z').search('abc', 0, 2))
print(re.compile(r'\B').search('ab', 1, 1), re.compile(r'\B').search('', 0))
print(re.findall(r'\w*', 'ab cd'), re.sub(r'\w*', '#', 'ab cd'), re.split(r'\s*', 'a b'))
print(re.findall(r'(?:a|)(?:|b)', 'ab'), re.sub('(?=x)|x', '-', 'axb'))
print(re.findall(r'a|\b', 'a a'), list(m.span() for m in re.finditer(r'\b|a', 'aa')))
print(len(re.findall(r'(?:a|b)*c', 'ab' * 20000 + 'c')[0]))

# building a string by concatenation in a loop vs join
parts = []
s = ''
for i in range(10):
    s += str(i)
    parts.append(str(i))
print(s, ''.join(parts), s == ''.join(parts))
print(len(s * 3), ('ab' * 3).count('ab'))
r = ''
for ch in 'hello':
    r = ch + r
print(r)

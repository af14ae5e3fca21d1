# small ints are cached; bigger ones computed at run time are new objects
a = 256
b = int('256')
print(a is b)
c = 257
d = int('257')
print(c is d, c == d)
e = -5
print(e is int('-5'), int('-6') is int('-6'))
s1 = 'hello'
s2 = ''.join(['hel', 'lo'])
print(s1 == s2, s1 is s2)
import sys
print(sys.intern(s2) is s1)

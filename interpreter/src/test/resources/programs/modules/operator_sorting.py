# sorting with key and reverse, operator.itemgetter/attrgetter, stability
from operator import itemgetter, attrgetter
people = [('bob', 25), ('alice', 30), ('carol', 25)]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'P({self.n})'
print(sorted([P(3), P(1), P(2)], key=attrgetter('n')))
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), max(words, key=len), min(words, key=len))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)

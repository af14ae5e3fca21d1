# sorted and list.sort as applications use them: stability across multiple passes (sort by
# secondary then primary), reverse=True keeping equal items in original order, keys returning
# tuples with mixed directions, functools.cmp_to_key, operator.itemgetter/attrgetter with several
# fields, key functions called once per item, the list seen empty during sorting, and the errors
# for incomparable keys, bad keywords and mutation.
import functools, operator

records = [('alice', 'eng', 30), ('bob', 'ops', 25), ('carol', 'eng', 25), ('dave', 'ops', 30),
           ('erin', 'eng', 30), ('frank', 'hr', 25)]
by_age = sorted(records, key=operator.itemgetter(2))
by_dept_then_age = sorted(by_age, key=operator.itemgetter(1))
print([r[0] for r in by_dept_then_age])
print([r[0] for r in sorted(records, key=operator.itemgetter(2), reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
print([r[0] for r in sorted(records, key=operator.itemgetter(1, 2), reverse=True)])

def cmp(a, b):
    return (a[2] > b[2]) - (a[2] < b[2]) or (a[0] < b[0]) - (a[0] > b[0])
print([r[0] for r in sorted(records, key=functools.cmp_to_key(cmp))])
K = functools.cmp_to_key(cmp)
k1 = K(records[0])
print(type(k1).__name__, k1 < K(records[1]), k1 == K(records[4]), k1.obj[0])
try:
    hash(k1)
except TypeError as e:
    print('TypeError', e)

calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)

class Rec:
    def __init__(self, name, score): self.name, self.score = name, score
    def __repr__(self): return self.name
people = [Rec('x', 2), Rec('y', 1), Rec('z', 2)]
print(sorted(people, key=operator.attrgetter('score', 'name')), max(people, key=operator.attrgetter('score')),
      min(people, key=lambda p: p.score))

lst = [5, 3, 1]
def peek(x):
    peek.seen.append(len(lst))
    return x
peek.seen = []
lst.sort(key=peek)
print(lst, peek.seen)

def mutate(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutate)
except ValueError as e:
    print('ValueError', e, lst)

for bad in ([1, 'a', 2], [None, None], [{}, {}], [1j, 2j], [(1, 'a'), (1, 2)]):
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sorted([1], cmp=lambda a, b: 0)
except TypeError as e:
    print('TypeError', e)
try:
    [].sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    sorted()
except TypeError as e:
    print('TypeError', e)
print(sorted('bBaAcC'), sorted('bBaAcC', key=str.lower), sorted('bBaAcC', key=str.casefold, reverse=True))
print(sorted([0.0, -0.0, 0, False]), sorted([float('nan'), 1, float('nan'), 0]) [1:3] if False else sorted([2, 1.5, True, 0.5]))
print(sorted({'b': 1, 'a': 2}.items(), key=operator.itemgetter(1)), sorted({3, 1, 2}, reverse=True), sorted(range(5), key=lambda n: n % 2))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
import heapq
print(heapq.nsmallest(3, records, key=operator.itemgetter(2)), heapq.nlargest(2, words, key=len))

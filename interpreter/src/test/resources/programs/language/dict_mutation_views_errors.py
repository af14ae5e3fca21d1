# dict behaviour an expert leans on: order after delete and re-insert, popitem LIFO, |= with a
# sequence of pairs, views' set operations with any iterable, reversed views, the errors for
# mutation during iteration (size changed / keys changed), __eq__ of colliding keys called on lookups,
# update() argument forms and their errors.
d = dict.fromkeys('abcde', 0)
del d['b']; d['b'] = 1; d['a'] = 9
print(list(d), d.popitem(), d.popitem(), list(d))
d |= [('x', 1), ('y', 2)]
d |= {'z': 3}
print(d)
try:
    d | [('q', 1)]
except TypeError as e:
    print('TypeError:', e)
try:
    d |= [1, 2]
except TypeError as e:
    print('TypeError:', e)
try:
    d |= ['abc']
except ValueError as e:
    print('ValueError:', e)
k = d.keys()
print(sorted(k & 'axq'), sorted(k | ['new']), sorted(k - {'a'}), sorted(k ^ ('a', 'w')), k <= set(d) | {1}, k == set(d), k.isdisjoint('mn'))
print(list(reversed(d)), list(reversed(d.items()))[:2], list(reversed(d.values())))
print(d.items() & {('a', 9), ('x', 0)}, ('a', 9) in d.items(), ('a', [1]) in d.items())
try:
    {}.items() & {(['unhashable'], 1)}
except TypeError as e:
    print('TypeError:', e)
m = {1: 'a', 2: 'b'}
try:
    for key in m:
        m[key + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError:', e)
m = {1: 'a', 2: 'b'}
try:
    for key in m:
        del m[key]
        m[key + 100] = 'moved'
except RuntimeError as e:
    print('RuntimeError:', e)
m = {1: 'a', 2: 'b'}
for key in m:
    m[key] = 'values may change'
print(m)
try:
    for v in m.values():
        m.pop(1)
except RuntimeError as e:
    print('RuntimeError:', e)

class K:
    def __init__(self, v, log): self.v, self.log = v, log
    def __hash__(self): return hash(self.v) & 7
    def __eq__(self, o):
        self.log.append(('eq', self.v, getattr(o, 'v', o)))
        return isinstance(o, K) and self.v == o.v
log = []
table = {K(1, log): 'one', K(9, log): 'nine'}
print(table.get(K(9, log)), table.get(K(17, log)), len(log) > 0)
u = {}
u.update(a=1)
u.update([('b', 2)], c=3)
u.update({'d': 4}.items())
class KeysOnly:
    def keys(self): return ['e', 'f']
    def __getitem__(self, k): return k.upper()
u.update(KeysOnly())
print(u, dict(KeysOnly(), g=7))
for bad in ([1], [('a', 1, 2)], 5, ['ab', 'c']):
    try:
        u.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    u.update({}, {})
except TypeError as e:
    print('TypeError:', e)
print(dict.fromkeys([1, 2], []) == {1: [], 2: []}, {**{'a': 1}, 'a': 2, **{'a': 3}})
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    dict([1, 2, 3])
except TypeError as e:
    print('TypeError:', e)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), {}.keys().mapping)

# dict semantics programs depend on: insertion order kept through updates and deletes
# (re-inserting moves a key to the end), mutation during iteration (size change, keys changed
# with the same size), popitem LIFO and its empty error, setdefault/get/pop defaults, dict
# union operators with non-dicts, fromkeys sharing the value, keys equal across types
# (1, 1.0, True) keeping the first key, views reflecting changes, and reversed() of dicts/views.
d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 10
del d['b']
d['b'] = 20
print(d, list(d), list(reversed(d)), list(reversed(d.items())))
for mutate in ('d["new"] = 1', 'del d["a"]', 'd.pop("c", None); d["z" + str(len(d))] = 0', 'd.clear()'):
    dd = dict(d)
    try:
        for k in dd:
            exec(mutate, {'d': dd})
        print('no error', mutate, dd)
    except RuntimeError as e:
        print('RuntimeError', e, '|', mutate)
dd = dict(d)
for k in dd:
    dd[k] = 'changed-value'
print(dd)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
p = {'x': 1, 'y': 2}
print(p.popitem(), p.popitem())
try:
    p.popitem()
except KeyError as e:
    print('KeyError', e)
print(p.setdefault('k', []), p.setdefault('k', 'ignored'), p.get('nope'), p.pop('nope', 'dflt'))
try:
    p.pop('nope')
except KeyError as e:
    print('KeyError', e)
m = {'a': 1} | {'b': 2}
m |= [('c', 3)]
print(m)
try:
    m | [('d', 4)]
except TypeError as e:
    print('TypeError', e)
try:
    m |= 5
except TypeError as e:
    print('TypeError', e)
fk = dict.fromkeys('abc', [])
fk['a'].append(1)
print(fk, dict.fromkeys([]), dict.fromkeys(range(2)))
eq = {1: 'int'}
eq[1.0] = 'float'
eq[True] = 'bool'
print(eq, {True: 'a', 1: 'b', 1.0: 'c'}, {0: 'x', False: 'y', 0.0: 'z', -0.0: 'w'})
ks = d.keys(); vs = d.values(); its = d.items()
d['late'] = 99
print(len(ks), 'late' in ks, 99 in vs, ('late', 99) in its, ks == {'a', 'c', 'b', 'late'}, ks - {'a'} == {'c', 'b', 'late'})
print(ks.mapping['a'], type(ks.mapping).__name__)
try:
    ks.mapping['zz'] = 1
except TypeError as e:
    print('TypeError', e)
print(dict(a=1, **{'b': 2}), dict([('x', 1)], y=2), dict({'k': 1}, k=2), dict(zip('ab', range(2))))
for bad in (lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(5), lambda: dict({}, {}), lambda: {[]: 1}):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0
    def __eq__(self, o):
        print('eq called', self.n, o.n)
        return self.n == o.n
hk = {Key(1): 'one'}
print(hk.get(Key(1)), hk.get(Key(2)))
print({**{'a': 1}, **{'a': 2}}, {'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'b': 1, 'a': 2}.items()) == list({'a': 2, 'b': 1}.items()))
od = dict.fromkeys('xyz')
od.update(y=1)
del od['x']; od['x'] = 2
print(od, next(iter(od)), next(reversed(od.values())), sorted(od, key=od.get, reverse=False) if None not in od.values() else list(od))

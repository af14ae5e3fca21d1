# types.MappingProxyType: a read-only view of any mapping, as descrobject.c's mappingproxy.
import types, sys, gc, collections
mp = types.MappingProxyType
for f in [lambda: mp(), lambda: mp([]), lambda: mp(1), lambda: mp({}, 1), lambda: mp(mapping={'a': 1}),
          lambda: hash(mp({})), lambda: mp(x=1), lambda: mp(mapping=1, x=2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1}
p = mp(d)
for op in ("p['b'] = 1", "del p['a']", "p |= {}", "p.setdefault('a', 1)"):
    try:
        exec(op)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(p | {'b': 2}, {'c': 3} | p, p | p, type(p | p).__name__)
print(sys.getsizeof(p), gc.is_tracked(p), p == {'a': 1}, p != {'a': 1}, repr(p), str(p), len(p), list(p))
print('a' in p, p.get('a'), p.get('z', 5), p.keys(), p.values(), p.items(), p.copy(), list(reversed(p)))
d['b'] = 2
print(p, bool(mp({})), bool(p), mp[int])
print(mp(p), mp(collections.OrderedDict(a=1)), 'x' in mp(collections.Counter('xy')), mp('abc')[1])
try:
    class X(mp):
        pass
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(p) if not n.startswith('__')])
try:
    p.get()
except TypeError as e:
    print("TypeError:", e)
try:
    p.keys(1)
except TypeError as e:
    print("TypeError:", e)
r = sys.getrefcount(d)
q = mp(d)
print(sys.getrefcount(d) - r, gc.get_referents(q) == [d], sum(1 for o in gc.get_referrers(d) if type(o) is mp))
del q
print(sys.getrefcount(d) - r)

# range's and the dict views' slot wrappers in their namespaces (add_operators), called unbound;
# the set-like views are unhashable, the values view hashes by identity.
r = range(1, 7, 2)
print(range.__len__(r), range.__getitem__(r, 1), range.__contains__(r, 3), list(range.__iter__(r)), range.__repr__(r))
print(range.__bool__(range(0)), range.__bool__(r), range.__eq__(r, range(1, 7, 2)), range.__hash__(r) == hash(r), range.__lt__(r, r))
print(hasattr(range, '__iter__'), '__len__' in range.__dict__)
d = {'a': 1, 'b': 2}
K, V, I = type(d.keys()), type(d.values()), type(d.items())
print(K.__len__(d.keys()), list(K.__iter__(d.keys())), K.__contains__(d.keys(), 'a'), K.__repr__(d.keys()), K.__eq__(d.keys(), {'a', 'b'}), K.__le__(d.keys(), set('abc')))
print(V.__len__(d.values()), list(V.__iter__(d.values())), V.__repr__(d.values()), I.__contains__(d.items(), ('a', 1)), I.__hash__)
print(hasattr(V, '__iter__'), '__contains__' in V.__dict__, '__eq__' in V.__dict__)
for t in (range, K, V, I):
    print(t.__name__, sorted(k for k in ('__bool__', '__contains__', '__eq__', '__ge__', '__getitem__', '__gt__', '__hash__', '__iter__', '__le__', '__len__', '__lt__', '__ne__', '__repr__') if k in t.__dict__))
d = {1: 2}
for v in (d.keys(), d.items(), d.values()):
    try: print(type(hash(v)))
    except TypeError as e: print(e)
print(type(d.keys()).__hash__, type(d.values()).__hash__ is object.__hash__)
v = d.values()
print(hash(v) == hash(v), {v: 1}[v], v == v, v == d.values())

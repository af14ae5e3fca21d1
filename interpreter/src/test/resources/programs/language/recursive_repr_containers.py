# repr of recursive and shared structures: lists, dicts, sets via wrappers, deques, OrderedDict,
# defaultdict, dict views and user classes using reprlib.recursive_repr; shared (not recursive)
# sub-objects printed fully twice; a __repr__ that raises inside a container; and the
# RecursionError for deeply nested (not recursive) lists.
import collections, reprlib

a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
d['list'] = [d, a]
print(d)
t = ([],)
t[0].append(t)
print(t)
dq = collections.deque([1])
dq.append(dq)
print(dq)
od = collections.OrderedDict(x=1)
od['me'] = od
print(od)
dd = collections.defaultdict(list)
dd['me'] = dd
print(dd)
print(d.keys(), d.values(), d.items())
shared = [0]
print([shared, shared, (shared,)])

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr(fillvalue='<cycle>')
    def __repr__(self):
        return f'Node({self.name}, {self.children})'
root = Node('root')
kid = Node('kid')
root.children.append(kid)
kid.children.append(root)
print(root, [kid])

class Plain:
    def __repr__(self):
        return f'Plain({self.ref!r})'
p = Plain()
p.ref = [p]
try:
    repr(p)
except RecursionError as e:
    print('RecursionError', str(e)[:40])

class Bad:
    def __repr__(self):
        raise ValueError('no repr')
try:
    repr([1, Bad()])
except ValueError as e:
    print('ValueError', e)
try:
    print({Bad(): 1})
except ValueError as e:
    print('ValueError', e)

class NotStr:
    def __repr__(self):
        return 42
try:
    repr([NotStr()])
except TypeError as e:
    print('TypeError', e)

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr('x' * 50), r.repr(a), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(8))), reprlib.repr(frozenset('abcdefgh')))

nest = []
cur = nest
for _ in range(100000):
    cur.append([])
    cur = cur[0]
try:
    repr(nest)
except RecursionError as e:
    print('RecursionError', e)
s = set()
class Holder:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return f'Holder({self.s})'
s.add(Holder(s))
print(s)
fs = frozenset([1])
print(collections.ChainMap(d, {'z': 0}) if False else collections.ChainMap({'z': 0}, {}), collections.Counter('aab'))
cm = collections.ChainMap()
cm['me'] = cm
print(cm)

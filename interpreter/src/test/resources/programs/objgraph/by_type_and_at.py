# by_type() (short and qualified names, a given list), at() and at_addrs() (tracked objects only:
# an int's id finds nothing), get_leaking_objects() over a given list, is_proper_module().
# requires: objgraph
import sys
import types
import objgraph


class Item:
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(4)]
found = objgraph.by_type('Item')
print(len(found), sorted(i.n for i in found), all(any(f is i for i in items) for f in found))
print(len(objgraph.by_type('__main__.Item')), objgraph.by_type('elsewhere.Item'))
print(objgraph.by_type('int', [1, 'a', 2, [3]]), objgraph.by_type('builtins.list', [1, 'a', 2, [3]]))
del found

print(objgraph.at(id(items[2])) is items[2], objgraph.at(id(items)) is items)
big = 10 ** 30
print(objgraph.at(id(big)), objgraph.at(id('some text')), objgraph.at(0))
pair = objgraph.at_addrs({id(items[1]), id(items[3]), id(big)})
print(len(pair), sorted(p.n for p in pair))
print(objgraph.at_addrs(set()), objgraph.at_addrs([id(items[0])])[0].n)

a = [1]
b = [a]
c = {'b': b}
d = (c,)
lone = [2]
leaking = objgraph.get_leaking_objects([a, b, c, d, lone])
print([type(x).__name__ for x in leaking], leaking[0] is d, leaking[1] is lone)
try:
    objgraph.get_leaking_objects([])
except UnboundLocalError as e:
    print('empty list:', type(e).__name__, e)

print(objgraph.is_proper_module(objgraph), objgraph.is_proper_module(sys), objgraph.is_proper_module(types))
print(objgraph.is_proper_module(types.ModuleType('objgraph')), objgraph.is_proper_module([]),
      objgraph.is_proper_module(sys.modules['__main__']))
fake = types.ModuleType('fake_module')
sys.modules['fake_module'] = fake
print(objgraph.is_proper_module(fake))
del sys.modules['fake_module']
print(objgraph.is_proper_module(fake))

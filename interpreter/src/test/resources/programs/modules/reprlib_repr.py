# reprlib: the limits of Repr for each container, str and int, depth, fillvalue, recursive_repr.
import reprlib
from collections import deque
print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(20))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset("abcdefghij")), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("abc"))
print(reprlib.repr(2 ** 200))
print(reprlib.repr(deque(range(10))))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(reprlib.repr({3: "x", "a": "y", 1: "z"}))
class Long:
    def __repr__(self):
        return "L" * 50
print(reprlib.repr(Long()))
class Bad:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Bad()).startswith("<Bad instance at 0x"))
r = reprlib.Repr()
r.maxlist = 2
r.fillvalue = "+++"
r.maxlevel = 1
print(r.repr([1, 2, 3, [4, 5]]), r.repr([[1], [2]]))
print(r.repr([]), r.maxstring, r.maxother, r.maxlong, r.maxdict)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)
n = Node("a")
n.children.append(n)
n.children.append(Node("b"))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)
class Cyc(list):
    @reprlib.recursive_repr("<cycle>")
    def __repr__(self):
        return "Cyc" + list.__repr__(self)
c = Cyc([1])
c.append(c)
print(repr(c))

# A class inheriting a built-in's __contains__ tests membership with it, whatever __iter__ it
# defines (dict, list, set, tuple, str, deque subclasses); a class with no __contains__ anywhere
# searches its own iterator, or its __getitem__. dict.__contains__, dict.__getitem__ and
# list.__getitem__ are methods of their types' tables (METH_COEXIST): a subclass inheriting one
# calls it through the method descriptor, whose call counts one level of the recursion depth,
# so a recursion that overflows there says "while calling a Python object".
import collections
class D(dict):
    def __iter__(self): return iter(["zz"])
d = D(x=1)
print("x" in d, "zz" in d, list(d))
class L(list):
    def __iter__(self): return iter(["zz"])
print(1 in L([1]), "zz" in L([1]))
class S(set):
    def __iter__(self): return iter(["zz"])
print(1 in S([1]), "zz" in S([1]))
class T(tuple):
    def __iter__(self): return iter(["zz"])
print(1 in T([1]), "zz" in T([1]))
class Q(collections.deque):
    def __iter__(self): return iter(["zz"])
print(1 in Q([1]), "zz" in Q([1]))
class R(str):
    def __iter__(self): return iter(["zz"])
print("a" in R("a"), "zz" in R("a"))
class O:
    def __iter__(self): return iter(["zz"])
print("zz" in O())
class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
print(20 in G(), 5 in G())

def deepest(step):
    def go(n):
        step()
        return go(n + 1)
    try:
        go(0)
    except RecursionError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return str(e), tb.tb_frame.f_code.co_name
class Env(dict):
    def find(self, name):
        if name in self:
            return self
e = Env(x=1)
print(deepest(lambda: e.find("x")))
class Table(dict):
    def get_x(self):
        return self["x"]
t = Table(x=1)
print(deepest(t.get_x))
class Row(list):
    def first(self):
        return self[0]
r = Row([1])
print(deepest(r.first))
plain = {"x": 1}
def plain_find():
    return "x" in plain
print(deepest(plain_find))

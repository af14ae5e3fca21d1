# copy and deepcopy as a memory study: what a shallow copy shares, what deepcopy
# duplicates, how the memo keeps shared structure shared, and __deepcopy__ hooks.
import copy
import sys

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.meta = {"shape": (len(rows), len(rows[0]))}

row = [0, 1, 2]
m = Matrix([row, row, [3, 4, 5]])
shallow = copy.copy(m)
deep = copy.deepcopy(m)
print("shallow shares rows:", shallow.rows is m.rows, shallow.meta is m.meta)
print("deep rows new:", deep.rows is not m.rows, deep.rows[0] is deep.rows[1])
print("deep keeps immutable shape tuple:", deep.meta["shape"] is m.meta["shape"])
print("row refcount:", sys.getrefcount(row))

memo = {}
a = copy.deepcopy(row, memo)
b = copy.deepcopy(row, memo)
print("memo reuses:", a is b, len(memo) >= 1, id(row) in memo)

class Cached:
    def __init__(self, data):
        self.data = data
        self.cache = {"big": list(range(100))}
    def __deepcopy__(self, memo):
        new = Cached.__new__(Cached)
        new.data = copy.deepcopy(self.data, memo)
        new.cache = {}
        return new
    def __copy__(self):
        new = Cached.__new__(Cached)
        new.__dict__.update(self.__dict__)
        new.cache = dict(self.cache)
        return new

c = Cached([1, [2, 3]])
dc = copy.deepcopy(c)
print("deepcopy hook:", dc.cache, dc.data == c.data, dc.data[1] is c.data[1])
cc = copy.copy(c)
print("copy hook:", cc.cache is c.cache, cc.cache["big"] is c.cache["big"], cc.data is c.data)

t = (1, 2, (3, 4))
print("tuple of atoms copies are itself:", copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print("tuple with list:", copy.deepcopy(t2) is t2)
s = "text"
print("str:", copy.deepcopy(s) is s, copy.copy([s])[0] is s)
loop = []
loop.append(loop)
dl = copy.deepcopy(loop)
print("self-containing list:", dl[0] is dl, dl is not loop)
f = frozenset({1, 2})
print("frozenset:", copy.copy(f) is f, copy.deepcopy(f) is f)
print("function:", copy.deepcopy(len) is len)

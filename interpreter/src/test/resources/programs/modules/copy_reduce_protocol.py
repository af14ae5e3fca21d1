# object.__reduce_ex__ / __reduce__ / __getstate__ and copyreg as copy uses them: what a plain
# instance reduces to, __getnewargs__ and __getnewargs_ex__, __getstate__/__setstate__, __slots__
# state, __copy__/__deepcopy__, copyreg.pickle, and list/dict subclasses' items.
import copy
import copyreg


class Plain:
    def __init__(self, a):
        self.a = a
        self.items = [1, [2, 3]]


p = Plain(1)
r = p.__reduce_ex__(4)
print(len(r), r[0] is copyreg.__newobj__, r[1] == (Plain,), r[2] == {"a": 1, "items": [1, [2, 3]]}, r[3], r[4])
print(r[2] is p.__dict__)
r0 = p.__reduce_ex__(0)
print(r0[0] is copyreg._reconstructor, r0[1] == (Plain, object, None), r0[2] is p.__dict__)
print(p.__reduce__()[0].__name__, p.__reduce__()[1][1:])
print(object().__reduce_ex__(2)[1:], object().__getstate__(), Plain(2).__getstate__())
q = copy.copy(p)
print(type(q).__name__, q.a, q.items is p.items)
d = copy.deepcopy(p)
print(d.a, d.items == p.items, d.items is p.items, d.items[1] is p.items[1])


class WithArgs:
    def __new__(cls, x, y=0):
        self = super().__new__(cls)
        self.made_with = (x, y)
        return self

    def __init__(self, x, y=0):
        self.x = x

    def __getnewargs__(self):
        print("__getnewargs__ called")
        return (self.x, 5)


w = WithArgs(3)
print(w.__reduce_ex__(2)[1][1:])
w2 = copy.copy(w)
print(w2.made_with, w2.x)


class WithKw:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return (), {"key": self.key}


k = WithKw(key="k")
print(k.__reduce_ex__(4)[0] is copyreg.__newobj_ex__, k.__reduce_ex__(4)[1][1:])
print(copy.deepcopy(k).key)


class State:
    def __init__(self):
        self.value = 1
        self.cache = "big"

    def __getstate__(self):
        print("__getstate__")
        s = self.__dict__.copy()
        del s["cache"]
        return s

    def __setstate__(self, s):
        print("__setstate__", s)
        self.__dict__.update(s)
        self.cache = "rebuilt"


s2 = copy.deepcopy(State())
print(s2.value, s2.cache)


class Slotted:
    __slots__ = ("x", "y", "__private")

    def __init__(self):
        self.x = 1
        self._Slotted__private = 2


sl = Slotted()
print(sl.__reduce_ex__(2)[2], copyreg._slotnames(Slotted), Slotted.__slotnames__)
sc = copy.copy(sl)
print(sc.x, sc._Slotted__private, hasattr(sc, "y"))


class Both:
    __slots__ = ("s", "__dict__")


b = Both()
b.s = 1
b.d = 2
print(b.__getstate__())


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print("__copy__")
        return Custom(self.n)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(self.n + 100)


print(copy.copy(Custom(1)).n, copy.deepcopy(Custom(1)).n)


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    print("reduce_registered")
    return Registered, (obj.v * 2,)


copyreg.pickle(Registered, reduce_registered)
print(copy.copy(Registered(4)).v)
del copyreg.dispatch_table[Registered]


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
r = ml.__reduce_ex__(2)
print(r[1] == (MyList,), r[2], type(r[3]).__name__, r[4])
c = copy.deepcopy(ml)
print(c, type(c).__name__, c.tag, c[1] is ml[1])
md = MyDict(a=[1])
print(type(md.__reduce_ex__(2)[4]).__name__, copy.deepcopy(md), type(copy.copy(md)).__name__)

# cycles and shared references survive deepcopy
a = Plain(0)
a.self = a
a.items = [a.items, a.items]
ca = copy.deepcopy(a)
print(ca.self is ca, ca.items[0] is ca.items[1], ca.items[0] is a.items[0])

# errors
print(copyreg._reduce_ex(Plain(1), 1)[0] is copyreg._reconstructor)
for bad in (1, "x"):
    class BadArgs:
        def __getnewargs__(self, bad=bad):
            return bad
    try:
        BadArgs().__reduce_ex__(2)
    except TypeError as e:
        print("TypeError", e)
try:
    Slotted().__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)

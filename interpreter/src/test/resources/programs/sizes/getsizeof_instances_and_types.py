# sys.getsizeof of user classes' instances: plain, slots, dict materialized, with weakref, subclasses of builtins.
import sys

class Empty:
    pass

class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slots:
    __slots__ = ("a", "b", "c")

class SlotsWeak:
    __slots__ = ("a", "__weakref__")

class SlotsDict:
    __slots__ = ("a", "__dict__")

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyTuple(tuple):
    pass

for cls in (Empty, WithInit, Slots, SlotsWeak, SlotsDict):
    obj = cls()
    print(cls.__name__, sys.getsizeof(obj), cls.__basicsize__, cls.__itemsize__)
w = WithInit()
print("dict before", sys.getsizeof(w.__dict__))
w.c = 3
print("dict after extra attr", sys.getsizeof(w.__dict__))
print("MyList", sys.getsizeof(MyList()), sys.getsizeof(MyList([1, 2, 3])))
print("MyDict", sys.getsizeof(MyDict()), sys.getsizeof(MyDict(a=1)))
print("MyInt", sys.getsizeof(MyInt(5)), sys.getsizeof(MyInt(2 ** 64)))
print("MyStr", sys.getsizeof(MyStr("abc")), sys.getsizeof(MyStr("\u20ac")))
print("MyTuple", sys.getsizeof(MyTuple()), sys.getsizeof(MyTuple((1, 2))))
print("type objects", sys.getsizeof(Empty) > 0, sys.getsizeof(int) > 0)
print("Empty basicsize", Empty.__basicsize__, object.__basicsize__, int.__basicsize__, int.__itemsize__)
print("sizeof direct", Empty().__sizeof__(), [].__sizeof__(), (1, 2).__sizeof__(), "ab".__sizeof__())

# An instance of a plain class is 56 bytes however many attributes it has: the values live in a
# separate array. Asking for __dict__ makes a real dict; __slots__ instances have no dict at all.
import sys

class Empty:
    pass

class Three:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3

class Slots1:
    __slots__ = ("a",)

class Slots3:
    __slots__ = ("a", "b", "c")

class SlotsWeak:
    __slots__ = ("a", "__weakref__")

for cls in (Empty, Three, Slots1, Slots3, SlotsWeak):
    print(cls.__name__, sys.getsizeof(cls()), cls.__basicsize__)
print("object()", sys.getsizeof(object()))
t = Three()
print("Three().__dict__", sys.getsizeof(t.__dict__), sys.getsizeof(t))

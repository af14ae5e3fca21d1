# Class objects are large: a heap type with its cached attribute key table.
import sys

class Empty:
    pass

class WithMethod:
    def m(self):
        pass

class Slotted:
    __slots__ = ("a", "b")

class Child(Empty):
    pass

for cls in (Empty, WithMethod, Slotted, Child):
    print(cls.__name__, sys.getsizeof(cls))
print("type(type):", sys.getsizeof(type) > 0, "int:", sys.getsizeof(int))

# sys.getsizeof's rules: __sizeof__ plus the GC header for GC objects, the
# default argument for objects whose __sizeof__ fails with TypeError, and
# the errors for negative and non-int results, overflow and other types.
import sys

class Good:
    def __sizeof__(self):
        return 100

class Negative:
    def __sizeof__(self):
        return -1

class NotInt:
    def __sizeof__(self):
        return "big"

class Raises:
    def __sizeof__(self):
        raise TypeError("cannot size")

class RaisesOther:
    def __sizeof__(self):
        raise KeyError("other")

class Huge:
    def __sizeof__(self):
        return 2**64

class IntLike:
    def __index__(self):
        return 5
class IndexResult:
    def __sizeof__(self):
        return IntLike()

class Boolean:
    def __sizeof__(self):
        return True

print("Good:", sys.getsizeof(Good()), "default ignored:", sys.getsizeof(Good(), 7))
for cls in (Negative, NotInt, Raises, RaisesOther, Huge, IndexResult):
    for args in ((), (42,)):
        try:
            print(cls.__name__, args, "->", sys.getsizeof(cls(), *args))
        except Exception as e:
            print(cls.__name__, args, "->", type(e).__name__, e)
print("Boolean:", sys.getsizeof(Boolean()))
print("int subclass result:", sys.getsizeof(type("S", (), {"__sizeof__": lambda self: type("I", (int,), {})(8)})()))
print("type objects:", sys.getsizeof(int) > 0, sys.getsizeof(Good) > sys.getsizeof(Good()))
print("__sizeof__ direct:", Good().__sizeof__(), object().__sizeof__(), [].__sizeof__(), sys.getsizeof([]))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

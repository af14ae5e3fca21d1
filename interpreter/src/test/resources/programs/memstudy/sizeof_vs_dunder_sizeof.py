# sys.getsizeof against __sizeof__: the GC header added for tracked types, and custom __sizeof__.
import sys

objs = [1, 2.0, "s", b"b", (1,), [1], {1: 1}, {1}, frozenset({1}), None, True, 1j, range(3), object()]
for o in objs:
    gc_extra = sys.getsizeof(o) - o.__sizeof__()
    print(f"{type(o).__name__:10s} getsizeof={sys.getsizeof(o):4d} __sizeof__={o.__sizeof__():4d} extra={gc_extra}")

class Custom:
    def __sizeof__(self):
        return 1000

print("Custom:", sys.getsizeof(Custom()))

class Negative:
    def __sizeof__(self):
        return -1

try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)

class NotInt:
    def __sizeof__(self):
        return "big"

try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print("TypeError:", e)

class Huge:
    def __sizeof__(self):
        return 2 ** 70

try:
    sys.getsizeof(Huge())
except OverflowError as e:
    print("OverflowError:", e)

class Fails:
    def __sizeof__(self):
        raise KeyError("nope")

class TypeFails:
    def __sizeof__(self):
        raise TypeError("no size")

print("default given:", sys.getsizeof(TypeFails(), 42))
try:
    sys.getsizeof(TypeFails())
except TypeError as e:
    print("TypeError without default:", e)
try:
    sys.getsizeof(Fails(), 42)
except KeyError as e:
    print("KeyError with default:", e)
try:
    sys.getsizeof(Fails())
except KeyError as e:
    print("KeyError passes through:", e)

class FloatSize:
    def __sizeof__(self):
        return 3.5

try:
    print(sys.getsizeof(FloatSize()))
except TypeError as e:
    print("TypeError:", e)

class BoolSize:
    def __sizeof__(self):
        return True

print("bool size:", sys.getsizeof(BoolSize()))
print("default on normal:", sys.getsizeof([], -1))
print("type(Custom) getsizeof:", sys.getsizeof(Custom) > 0)

# Custom __sizeof__ and a recursive "total size" function from a popular recipe.
import sys
from collections import deque
from itertools import chain

class Buffer:
    def __init__(self, n):
        self.n = n
    def __sizeof__(self):
        return object.__sizeof__(self) + self.n

print("Buffer(100):", sys.getsizeof(Buffer(100)))
print("Buffer(0):", sys.getsizeof(Buffer(0)))
print("__sizeof__ direct:", Buffer(10).__sizeof__())

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

class NoSize:
    def __sizeof__(self):
        raise TypeError("no size")

print("default used:", sys.getsizeof(NoSize(), 99))
print("float __sizeof__ result:", end=" ")
class FloatSize:
    def __sizeof__(self):
        return 3.5
try:
    print(sys.getsizeof(FloatSize()))
except TypeError as e:
    print("TypeError:", e)

def total_size(o, handlers={}):
    dict_handler = lambda d: chain.from_iterable(d.items())
    all_handlers = {tuple: iter, list: iter, deque: iter, dict: dict_handler, set: iter, frozenset: iter}
    all_handlers.update(handlers)
    seen = set()
    default_size = sys.getsizeof(0)

    def sizeof(o):
        if id(o) in seen:
            return 0
        seen.add(id(o))
        s = sys.getsizeof(o, default_size)
        for typ, handler in all_handlers.items():
            if isinstance(o, typ):
                s += sum(map(sizeof, handler(o)))
                break
        return s

    return sizeof(o)

d = dict(a=1, b=2, c=3, d=[4, 5, 6, 7], e='a string of chars')
print("total_size:", total_size(d))
print("nested:", total_size([[1, 2], (3, 4), {5, 6}, "seven"]))
print("shared counted once:", total_size([d, d]) - sys.getsizeof([d, d]) == total_size(d))
print("int subclass:", sys.getsizeof(type("MyInt", (int,), {})(5)))
print("list.__sizeof__:", [1, 2, 3].__sizeof__(), sys.getsizeof([1, 2, 3]))

# A tutorial's warning about sys.getsizeof: it is shallow. A list of a million-byte bytes is a
# small list; a dict's size counts its table, not its keys or values; an instance's getsizeof
# leaves out its __dict__ (3.11 keeps the values inline until __dict__ is read, then the dict
# appears); getsizeof adds the 16-byte GC header that __sizeof__ leaves out for GC objects only;
# a __sizeof__ override changes getsizeof; and a deep size walks gc.get_referents, counting each
# object once (shared objects, like a small int, only once).
import gc
import sys


def deep(obj):
    seen = set()
    todo = [obj]
    total = 0
    while todo:
        o = todo.pop()
        if id(o) in seen or isinstance(o, type):
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        todo.extend(gc.get_referents(o))
    return total


n = 1_000_000
big = bytes(n)
holder = [big]
print("bytes of 1e6:", sys.getsizeof(big), "list holding it:", sys.getsizeof(holder))
print("deep size of the list over 1e6:", deep(holder) > n, deep(holder) - n)

d = {"k" * 3: [0] * 100}
print("dict:", sys.getsizeof(d), "its list value:", sys.getsizeof(d["kkk"]))

print("GC header: list", sys.getsizeof([]) - [].__sizeof__(), "dict", sys.getsizeof({}) - {}.__sizeof__(),
      "str", sys.getsizeof("abc") - "abc".__sizeof__(), "int", sys.getsizeof(10) - (10).__sizeof__(),
      "tuple", sys.getsizeof((1, 2)) - (1, 2).__sizeof__())


class Rec:
    def __init__(self):
        self.a = 1
        self.b = [1, 2, 3]


r = Rec()
inline = sys.getsizeof(r)
print("instance:", inline)
dict_size = sys.getsizeof(r.__dict__)
print("instance after __dict__ was read:", sys.getsizeof(r), "its dict:", dict_size)


class Fat:
    def __sizeof__(self):
        return 1000


print("override:", sys.getsizeof(Fat()), "a __sizeof__ returning a str:", end=" ")


class Bad:
    def __sizeof__(self):
        return "big"


try:
    sys.getsizeof(Bad())
except TypeError as exc:
    print("TypeError:", exc)


class Neg:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(Neg())
except ValueError as exc:
    print("ValueError:", exc)
print("default when __sizeof__ fails:", sys.getsizeof(Bad(), 42))

shared = [7, 7, 7, 7]
print("deep of a list of one small int four times:", deep(shared), sys.getsizeof(shared) + sys.getsizeof(7))

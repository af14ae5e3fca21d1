# A built-in type's __new__ makes an instance of a subclass given first (tuple.__new__(cls, it), as
# namedtuple does), and refuses a class that is not a subtype or whose built-in base differs.
class Pair(tuple):
    pass

p = tuple.__new__(Pair, [1, 2])
print(p, type(p).__name__, isinstance(p, tuple), len(p))
d = dict.__new__(dict)
print(d, type(int.__new__(int, "7")), int.__new__(int, "7") + 1, list.__new__(list))
try:
    tuple.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Pair)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple.__new__(5)
except TypeError as e:
    print("TypeError:", e)
print(tuple.__new__ is not object.__new__, type(tuple.__dict__["__new__"]).__name__)

# A built-in type's __name__ and __qualname__ are made anew on each read (type_name turns tp_name
# into a new str), while a class's are the str stored in the heap type.
import sys

a = int.__name__
b = int.__name__
print(a, b, a == b, a is b)
q1 = dict.__qualname__
q2 = dict.__qualname__
print(q1, q1 is q2)
print(sys.getrefcount(list.__name__))

class C:
    pass

print(C.__name__ is C.__name__, C.__qualname__ is C.__qualname__)
names = [type(x).__name__ for x in (1, 2.0, "s", (), [], {})]
print(names)

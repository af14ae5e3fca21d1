# sys.intern returns the canonical copy of a string, so equal strings become the same object.
import sys

a = "".join(["dyn", "amic", " key!"])
b = "".join(["dyn", "amic ", "key!"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)

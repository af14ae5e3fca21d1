# Slicing identity: a whole slice of a tuple, str or bytes gives the object
# itself back (one more reference), a list or bytearray always a copy; the
# same for subclasses is always a new object.
import sys

t = (1, 2, 3)
s = "immutable text"
b = b"raw bytes"
l = [1, 2, 3]
ba = bytearray(b"abc")
fs = frozenset({1, 2})

for name, obj in [("tuple", t), ("str", s), ("bytes", b), ("list", l), ("bytearray", ba)]:
    before = sys.getrefcount(obj)
    whole = obj[:]
    print(f"{name:<10} [:] is obj: {whole is obj!s:<5} [::1]: {obj[::1] is obj!s:<5} "
          f"[0:len]: {obj[0:len(obj)] is obj!s:<5} [0:100]: {obj[0:100] is obj!s:<5} "
          f"refs +{sys.getrefcount(obj) - before}")
    del whole

print("tuple(t) is t", tuple(t) is t, "str(s) is s", str(s) is s, "bytes(b) is b", bytes(b) is b)
print("frozenset(fs) is fs", frozenset(fs) is fs, "list(l) is l", list(l) is l)
print("t[::-1] is t", t[::-1] is t, "(7,)[::-1]", (7,)[::-1] is (7,)[::-1])
print("empty slices", t[5:] is (), s[5:5] is '', b[9:] is b'', l[5:] == [])
print("one char slice cached", s[0:1] is 'i', s[2] is s[2:3])

class T(tuple): pass
class S(str): pass
class B(bytes): pass
for obj in (T((1, 2)), S("sub"), B(b"sub")):
    whole = obj[:]
    print(type(obj).__name__, whole is obj, type(whole).__name__)

import copy
print("copy.copy(t) is t", copy.copy(t) is t, "copy.copy(l) is l", copy.copy(l) is l)
print("t + () is t", t + () is t, "() + t is t", () + t is t, "t * 1 is t", t * 1 is t)
print("s * 1 is s", s * 1 is s, "b * 1 is b", b * 1 is b, "l * 1 is l", l * 1 is l)

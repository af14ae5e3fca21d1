# bytes singletons and caching: b'' and single bytes shared, slices and joins of them.
import sys

e1 = bytes()
e2 = b""
print("empty bytes shared:", e1 is e2, sys.getsizeof(e1))
a = bytes([97])
b = b"a"
print("single byte cached:", a is b)
c = b"abc"[0:1]
print("slice to one byte cached:", c is b)
d = b"xyz"[:]
print("full slice same:", d is b"xyz" or d == b"xyz")
s = b"data"
print("s[:] is s:", s[:] is s, "bytes(s) is s:", bytes(s) is s)
print("s * 1 is s:", s * 1 is s, "s + b'' is s:", (s + b"") is s)
print("join one:", b"".join([s]) is s)
ba = bytearray(b"a")
print("bytes(bytearray) new:", bytes(ba) is b, bytes(ba) == b)
print("refcount of b'':", sys.getrefcount(b"") > 1000)
print("bytes sizes:", [sys.getsizeof(bytes(n)) for n in range(4)])
print("bytearray never shared:", bytearray() is not bytearray())
print("decode of one byte str cached:", b"q".decode() is "q")
print("bytes.fromhex single:", bytes.fromhex("61") is b)

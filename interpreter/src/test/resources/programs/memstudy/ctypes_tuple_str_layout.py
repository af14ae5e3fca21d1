# Peeking at a tuple's items and a str's length and data through ctypes, as memory articles do.
import ctypes
import sys

t = ("alpha", 42, None)
size = ctypes.c_ssize_t.from_address(id(t) + 16).value
print("tuple ob_size:", size)
items = (ctypes.c_void_p * size).from_address(id(t) + 24)
print("items are ids:", [a == id(x) for a, x in zip(items, t)])
print("refcount of item via field:", ctypes.c_ssize_t.from_address(id(t[0])).value == sys.getrefcount(t[0]) - 1)

s = "hello"
length = ctypes.c_ssize_t.from_address(id(s) + 16).value
print("str length field:", length)
h = ctypes.c_ssize_t.from_address(id(s) + 24).value
print("hash field matches hash():", h == hash(s))
data = ctypes.string_at(id(s) + sys.getsizeof(s) - len(s) - 1, len(s))
print("ascii data:", data)
wide = "h\u20acllo"
wlen = ctypes.c_ssize_t.from_address(id(wide) + 16).value
print("ucs2 length:", wlen, sys.getsizeof(wide))
raw = ctypes.string_at(id(wide) + sys.getsizeof(wide) - 2 * (len(wide) + 1), 2 * len(wide))
print("ucs2 data decoded:", raw.decode("utf-16-le"))
b = b"bytes!"
blen = ctypes.c_ssize_t.from_address(id(b) + 16).value
print("bytes ob_size:", blen, ctypes.string_at(id(b) + 32, blen))
n = 2 ** 40 + 5
ndigits = ctypes.c_ssize_t.from_address(id(n) + 16).value
digits = (ctypes.c_uint32 * ndigits).from_address(id(n) + 24)
print("int digits:", ndigits, list(digits), sum(d << (30 * i) for i, d in enumerate(digits)) == n)
neg = -n
print("negative ob_size:", ctypes.c_ssize_t.from_address(id(neg) + 16).value)
print("zero ob_size:", ctypes.c_ssize_t.from_address(id(0) + 16).value)

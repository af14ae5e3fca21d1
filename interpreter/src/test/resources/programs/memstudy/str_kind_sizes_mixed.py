# sys.getsizeof of str of each kind (ascii, latin-1, UCS-2, UCS-4) and how they grow and combine.
import sys

samples = {
    "ascii": "a",
    "latin1": "\xe9",
    "ucs2": "\u20ac",
    "ucs4": "\U0001F600",
}
for kind, ch in samples.items():
    sizes = [sys.getsizeof(ch * n) for n in (0, 1, 2, 10, 100)]
    print(f"{kind:7}", sizes)

print("empty", sys.getsizeof(""))
mixed = "abc" + "\xe9"
print("ascii+latin1", sys.getsizeof(mixed), len(mixed))
mixed2 = "abc" + "\u20ac"
print("ascii+ucs2", sys.getsizeof(mixed2))
mixed3 = "abc" + "\U0001F600"
print("ascii+ucs4", sys.getsizeof(mixed3))
print("sliced back", sys.getsizeof(mixed3[:3]), sys.getsizeof(mixed2[:3]))
print("encoded", sys.getsizeof(mixed3.encode()), sys.getsizeof(mixed2.encode("utf-16")))
words = ["alpha", "béta", "γάμμα", "דלת", "\U0001F40D"]
for w in words:
    print(repr(w), len(w), sys.getsizeof(w), sys.getsizeof(w.upper()), w.isascii())
joined = "-".join(words)
print("joined", len(joined), sys.getsizeof(joined))
print("str(int)", [sys.getsizeof(str(10 ** k)) for k in range(0, 30, 5)])
print("repr(float)", sys.getsizeof(repr(3.14159)), sys.getsizeof(f"{2/3:.20f}"))
s = "x"
print("utf8 cached?", sys.getsizeof("h\xe9llo"))
t = "h\xe9llo"
t.encode("utf-8")
print("after encode", sys.getsizeof(t))
import string
print(sys.getsizeof(string.ascii_letters), sys.getsizeof(string.printable))

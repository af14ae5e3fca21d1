# str sizes by kind: ASCII, latin-1, UCS-2 and UCS-4 (non-BMP), and what operations keep or widen.
import sys

samples = {
    "empty": "",
    "ascii 1": "a",
    "ascii 10": "abcdefghij",
    "latin1 1": "é",
    "latin1 10": "é" * 10,
    "ucs2 1": "€",
    "ucs2 10": "€" * 10,
    "ucs4 1": "\U0001F600",
    "ucs4 10": "\U0001F600" * 10,
    "mixed ascii+emoji": "abc\U0001F600",
    "mixed latin+ucs2": "é€",
}
for name, s in samples.items():
    print(f"{name:20s} len={len(s):2d} size={sys.getsizeof(s)}")

base = "x" * 20
print("base:", sys.getsizeof(base))
wide = base + "\U0001F40D"
print("+ snake:", sys.getsizeof(wide), len(wide))
back = wide[:-1]
print("slice back to ascii:", sys.getsizeof(back), back == base)
print("encode utf-8:", sys.getsizeof(wide.encode()), len(wide.encode()))
print("encode utf-16:", sys.getsizeof(wide.encode("utf-16-le")))
print("upper of latin1:", sys.getsizeof("ÿ".upper()), ascii("ÿ".upper()))
print("casefold ß:", sys.getsizeof("ß".casefold()), "ß".casefold())
print("chr(0x10FFFF):", sys.getsizeof(chr(0x10FFFF)))
print("chr(0xFFFF):", sys.getsizeof(chr(0xFFFF)))
print("chr(255):", sys.getsizeof(chr(255)), "chr(127):", sys.getsizeof(chr(127)))
print("join of kinds:", sys.getsizeof("".join(["a", "é", "€"])))
print("replace widening:", sys.getsizeof("aaaa".replace("a", "\U0001F600")))
print("replace narrowing:", sys.getsizeof("\U0001F600aaa".replace("\U0001F600", "")))
s = "abc"
s += "\u20ac"
print("+= euro:", sys.getsizeof(s))
print("format:", sys.getsizeof(f"{'é'}{1}"))
print("str(123456):", sys.getsizeof(str(123456)), "repr(1.5):", sys.getsizeof(repr(1.5)))

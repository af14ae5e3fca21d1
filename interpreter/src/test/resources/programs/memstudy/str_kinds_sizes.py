# PEP 393 flexible string representation: size depends on the widest character.
import sys

samples = {
    "empty": "",
    "ascii 1": "a",
    "ascii 10": "abcdefghij",
    "latin-1 1": "é",
    "latin-1 10": "é" * 10,
    "ucs2 1": "\u0100",
    "ucs2 10": "\u20ac" * 10,
    "ucs4 1": "\U0001F600",
    "ucs4 10": "\U0001F600" * 10,
    "mixed ascii+emoji": "hello\U0001F600",
    "mixed ascii+euro": "price: 5\u20ac",
}
for name, s in samples.items():
    print(f"{name:<20} len={len(s):<3} size={sys.getsizeof(s)}")

base = sys.getsizeof("")
for ch in ("a", "\xff", "\u0100", "\U00010000"):
    per = sys.getsizeof(ch * 101) - sys.getsizeof(ch * 100)
    print(repr(ch), "bytes per char:", per)

s = "x"
for i in range(5):
    s = s + s
    print(len(s), sys.getsizeof(s))
word = "naïve"
print(sys.getsizeof(word), sys.getsizeof(word.encode()), sys.getsizeof(word.encode('latin-1')))
print(sys.getsizeof(word.upper()), sys.getsizeof(word.encode('utf-16')))
# the utf-8 cache appears after encoding non-ascii text
t = "Grüße" + str(len(word))
before = sys.getsizeof(t)
t.encode('utf-8')
print("utf-8 cached:", before, sys.getsizeof(t))

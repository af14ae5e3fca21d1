# The str of each kind (ASCII, latin-1, UCS-2, UCS-4) and how its size grows,
# with the code points that move a str from one kind to the next.
import sys

samples = {
    "ascii": "hello",
    "latin1": "héllo",
    "ucs2": "hello\u20ac",
    "ucs4": "hello\U0001F600",
}
for kind, s in samples.items():
    base = sys.getsizeof(s[:0] if kind == "ascii" else s[:1] * 0 + s[-1])
    print(f"{kind:7} len={len(s)} size={sys.getsizeof(s)} one char={base}")

for kind, ch in [("ascii", "a"), ("latin1", "\xe9"), ("ucs2", "\u0101"), ("ucs4", "\U00010000")]:
    sizes = [sys.getsizeof(ch * n) for n in (1, 2, 10, 100)]
    per_char = (sizes[3] - sizes[2]) // 90
    print(kind, sizes, "per char", per_char)

boundaries = [0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x10ffff]
for cp in boundaries:
    s = "x" * 9 + chr(cp)
    print(hex(cp), sys.getsizeof(s))

mixed = "a" * 1000
print("1000 ascii:", sys.getsizeof(mixed))
print("+ one euro:", sys.getsizeof(mixed + "\u20ac"))
print("+ one emoji:", sys.getsizeof(mixed + "\U0001F600"))
print("slice back:", sys.getsizeof((mixed + "\U0001F600")[:1000]))
print("encode:", sys.getsizeof(mixed.encode()), sys.getsizeof(("\u20ac" * 10).encode("utf-8")))
t = "caf\xe9"
print("after utf8 request:", sys.getsizeof(t))
t.encode("utf-8")
print("after encode:", sys.getsizeof(t))
print("empty:", sys.getsizeof(""), "space:", sys.getsizeof(" "))
words = "the quick brown fox jumps over the lazy dog".split()
print("words:", sum(sys.getsizeof(w) for w in words), sys.getsizeof(words))

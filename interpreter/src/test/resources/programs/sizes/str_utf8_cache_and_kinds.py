# str sizes by kind (ASCII compact, latin-1, UCS-2, UCS-4) and what an
# encode() adds (nothing: the result is a new bytes); str built by methods
# keep the smallest kind their characters need.
import sys

samples = {
    "ascii": "hello",
    "latin1": "h\xe9llo",
    "ucs2": "h\u0101llo",
    "ucs4": "h\U0001f600llo",
}
for kind, s in samples.items():
    before = sys.getsizeof(s)
    enc = s.encode("utf-8")
    after = sys.getsizeof(s)
    print(f"{kind:<7} len={len(s)} size={before} after encode={after} utf8 bytes={len(enc)} bytes obj={sys.getsizeof(enc)}")

print("header sizes:", [sys.getsizeof(s[:0] + s[1:1]) for s in samples.values()])
for kind, s in samples.items():
    low = s.lower()
    print(f"{kind:<7} lower={sys.getsizeof(low)} *10={sys.getsizeof(s * 10)} slice[2:]={sys.getsizeof(s[2:])} "
          f"strip kind kept={sys.getsizeof(s.replace(s[1], ''))}")
mixed = "abc" + "\u4e2d"
print("ascii + ucs2:", sys.getsizeof(mixed), "back to ascii by slice:", sys.getsizeof(mixed[:3]))
print("join kinds:", sys.getsizeof("".join(["a", "\xe9"])), sys.getsizeof("".join(["a", "\U0001f600"])))
per_char = []
for ch in ("a", "\xe9", "\u0101", "\U0001f600"):
    per_char.append(sys.getsizeof(ch * 101) - sys.getsizeof(ch * 100))
print("bytes per extra char:", per_char)
print("empty and one-char:", sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("\xe9"), sys.getsizeof("\u0101"), sys.getsizeof("\U0001f600"))
print("str(int) sizes:", [sys.getsizeof(str(10**k)) for k in (0, 5, 10, 50)])
print("repr and ascii:", sys.getsizeof(repr("\xe9")), sys.getsizeof(ascii("\xe9")))
print("format width:", sys.getsizeof(format("a", ">20")), sys.getsizeof(format("\u0101", ">20")))

# The str kinds (ascii, latin-1, UCS-2, UCS-4) through common operations: what kind the result has.
import sys

def kind(s):
    base = sys.getsizeof(s[:0] if s else s)
    n = len(s)
    if n == 0:
        return "empty"
    per = (sys.getsizeof(s) - sys.getsizeof(s[:1]) ) / max(n - 1, 1) if n > 1 else None
    return {1.0: "1-byte", 2.0: "2-byte", 4.0: "4-byte"}.get(per, per)

samples = {"ascii": "hello", "latin1": "héllo", "ucs2": "hé€llo", "ucs4": "h😀llo"}
for name, s in samples.items():
    print(name, sys.getsizeof(s), kind(s * 3))
print("ascii+latin1", sys.getsizeof("abc" + "é"))
print("strip back to ascii", sys.getsizeof("é abc".split()[1]), sys.getsizeof("€abc"[1:]))
print("replace widens", sys.getsizeof("abc".replace("b", "€")))
print("upper of ß", "ß".upper(), sys.getsizeof("ß".upper()))
print("join mixed", sys.getsizeof("".join(["a", "€", "😀"])))
print("encode sizes", sys.getsizeof("h😀llo".encode()), sys.getsizeof("h😀llo".encode("utf-16")))
print("utf8 cache", sys.getsizeof("héllo"))
s = "héllo"
s.encode("utf-8")
print("after encode (no cached utf8 for latin1 getsizeof)", sys.getsizeof(s))
print("f-string kinds", sys.getsizeof(f"{'a'}{'é'}"), sys.getsizeof(f"{1}€"))
print("chr edges", [sys.getsizeof(chr(c)) for c in (0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000)])

# sys.getsizeof of str kinds, bytes, a growing bytearray and a memoryview
import sys
for s in ("", "a", "ab", "é", "€", "😀", "a" * 100, "é" * 10):
    print(repr(s[:5]), len(s), sys.getsizeof(s))
for b in (b"", b"a", b"abc", bytes(100)):
    print(len(b), sys.getsizeof(b))
ba = bytearray()
sizes = []
for i in range(20):
    ba.append(i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
print(sys.getsizeof(memoryview(b"abc")), sys.getsizeof(bytearray(b"x" * 10)))
s = "hello"
print(s.encode("utf-8"), s.encode("utf-16-le"), "ñ".encode("utf-8"), "ñ".encode("latin-1"), b"\xc3\xb1".decode())
print(sys.intern("dyn" + str(1)) is sys.intern("dyn1"), "x".isidentifier(), "1x".isidentifier())
print(ascii("é€😀"), repr("\x00\t\n'\""), str(b"\x00\xff"), bytes.fromhex("de ad be ef").hex("-"))

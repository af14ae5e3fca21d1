# bytes objects: 33 bytes of header (the hash cache and the trailing NUL)
# plus one per byte, whatever made them; bytearray's separate buffer with
# its allocation; the one-byte and empty singletons are counted the same.
import sys

samples = [
    ("b''", b""),
    ("b'a'", b"a"),
    ("bytes(10)", bytes(10)),
    ("b'x' * 100", b"x" * 100),
    ("'héllo'.encode()", "héllo".encode()),
    ("'héllo'.encode('utf-16')", "héllo".encode("utf-16")),
    ("bytes(range(256))", bytes(range(256))),
    ("bytes.fromhex('ff' * 4)", bytes.fromhex("ff" * 4)),
    ("(2**64).to_bytes(9, 'big')", (2**64).to_bytes(9, "big")),
    ("b','.join([b'ab'] * 3)", b",".join([b"ab"] * 3)),
    ("b'abc'.upper()", b"abc".upper()),
    ("b'%d' % 12345", b"%d" % 12345),
]
for label, b in samples:
    print(f"{label:<28} len={len(b):<4} getsizeof={sys.getsizeof(b):<4} overhead={sys.getsizeof(b) - len(b)}")
print("bytearray:", [(n, sys.getsizeof(bytearray(n))) for n in (0, 1, 10, 100)])
print("bytearray from bytes:", sys.getsizeof(bytearray(b"abc")), bytearray(b"abc").__alloc__())
print("memoryview of bytes:", sys.getsizeof(memoryview(b"abc")))
print("bytes of subclass:", sys.getsizeof(type("B", (bytes,), {})(b"abc")))

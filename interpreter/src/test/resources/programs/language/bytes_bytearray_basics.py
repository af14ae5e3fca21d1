# bytes and bytearray: literals, indexing gives ints, slicing, methods, mutation of bytearray,
# hex and fromhex, encode/decode with errors, comparisons, and the errors for str mixing.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), b"l" in b, 108 in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), b"ab" * 3, b"a" + b"b")
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"abc".upper(), b" x ".strip(), b"a,b".split(b","))
print(b"abc".find(b"c"), b"abcabc".count(b"bc"), b"abc".replace(b"b", b"B"), b"abc".startswith(b"ab"))
print(b"%d-%s-%r" % (5, b"x", b"y"), b"%05.1f" % 3.14159, b"%c%c" % (65, b"B"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba, ba.decode())
del ba[0]
ba.insert(0, 0x7A)
ba.reverse()
print(ba, bytes(ba), ba == bytes(ba), ba.find(b"X"), ba.index(0x7A))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"caf\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "ignore"))
print("café".encode("ascii", "replace"), "café".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"" == b"", bytes is type(b""), b"abc"[1:2] == b"b")
print(b"hello world".title(), b"Hello".swapcase(), b"abc".isalpha(), b"12".isdigit(), b"\t a".expandtabs(4))
print(int.from_bytes(b"\x00\x10", "big"), list(b"AZ"), [chr(x) for x in b"hi"], b"x".join([b"a", b"b"]))
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), m.tobytes(), len(m), m.readonly)
print(bytearray(4), bytearray(b"ab") * 2, bytearray.fromhex("4142"), bytearray([1, 2]).hex())
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128])), str(b"x"), b"\\n", rb"\n", len(rb"\n"))

# bytes and bytearray: literals, indexing gives ints, common methods, mutation of bytearray.
b = b"hello world"
print(b[0], b[:5], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"w"), len(b))
print(bytes([65, 66, 67]), bytes(3), b"ab" + b"cd", b"ab" * 2, b"\x00\xff".hex(), bytes.fromhex("4142"))
print(b.decode("ascii"), "é".encode("latin-1"), list(b"abc"), b"a" < b"b", b"abc".startswith(b"ab"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
del ba[1]
ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.find(b"d"))
ba.reverse()
print(ba, bytearray(2), bytearray(b"x") * 3, ba.decode())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)

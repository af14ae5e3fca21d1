# bytearray is mutable: item and slice assignment, del, +=, *=, append/extend/pop/insert/remove/clear/reverse.
b = bytearray(b"hello world")
print(b, len(b), b[0], b[1:3], b == b"hello world", b"lo" in b, 104 in b)
del b[0]
print(b)
del b[:3]
print(b)
b[0] = 65
b[1:3] = b"xyz"
print(b)
b += b"!!"
print(b)
b.extend([1, 2, 3])
b.extend(range(3))
b.extend(bytearray(b"ba"))
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.insert(0, 66)
b.insert(-1, 67)
b.insert(100, 68)
b.remove(120)
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c)
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x)
del x[::2]
print(x)
x *= 3
print(x)
x[1:4] = []
x[0:0] = (48, 49)
x[len(x):] = iter([50])
print(x)
x[:] = x
print(x, list(bytearray(b"abc")), type(iter(bytearray())).__name__)
print(bytearray(b"a'b"), bytearray(b'a"b'), bytearray(b"a'b\"c"), bytearray(b"\x00\n\t\xff\\"))
class Sub(bytearray):
    pass
print(Sub(b"sub"), bytearray([1, 2]) + b"x", b"x" + bytearray(b"y"), bytearray(b"ab") * 2)

# bytearray's and bytes' construction and mutation errors, with CPython's messages.
for bad in ["bytes('x')", "bytes(-1)", "bytes([256])", "bytes(['a'])", "bytes(1.5)", "bytes(b'x', 'ascii')",
            "bytes(errors='strict')", "bytearray(1.5)", "bytearray([300])", "bytearray([1, 'a'])",
            "bytearray(b'x').pop(5)", "bytearray().pop()", "bytearray(b'x').remove(5)", "bytearray(b'x').append(256)",
            "bytearray(b'x').append('a')", "hash(bytearray())", "bytearray(b'ab') + 'c'", "b'ab' + 'c'",
            "bytearray(b'abc')[5]", "b'abc'[5]", "bytearray().extend(5)", "bytearray(b'abc')['x']", "b'abc'['x']",
            "bytearray(b'abc').__setitem__(0, 256)", "bytearray(b'abc').__setitem__(slice(0, 3, 2), b'xyz')",
            "bytearray(b'abc').__setitem__(slice(0, 1), 5)", "bytearray(b'abc').__delitem__(9)", "'x' in b'abc'",
            "300 in b'abc'", "bytearray('abc')", "bytes(object())"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
class Bad:
    def __bytes__(self):
        return "not bytes"
class Index:
    def __index__(self):
        return 2
print(bytes(B()), bytes(Index()), bytearray(Index()), bytes([Index()]), b"abc"[Index()], Index() in b"\x02")
try:
    bytes(Bad())
except TypeError as e:
    print(e)

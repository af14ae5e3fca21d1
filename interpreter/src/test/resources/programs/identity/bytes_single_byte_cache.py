# one-byte bytes objects are shared singletons, as the empty bytes is
a, y, q, nul, empty = b'a', b"y", b"q", b"\x00", b""
b = bytes([97])
print(b is a, bytes([200]) is bytes([200]), b"xyz"[1:2] is y, empty is bytes())
print(b"ab"[:1] is bytes([97]), bytes(q) is q, bytes(2)[:1] is nul)
print(b"abc"[0:2] is b"abc"[0:2], len({id(bytes([i])) for i in range(256)}))

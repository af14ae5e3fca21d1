# io.StringIO/BytesIO as files, struct pack/unpack of a binary record format, bytes/bytearray ops.
import io, struct

buf = io.StringIO()
buf.write("first line\n")
print("second", "line", sep="-", file=buf)
buf.writelines(["third\n", "fourth"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(6)), buf.readlines())
buf.seek(6); buf.write("LINE"); buf.truncate(20)
print(repr(buf.getvalue()))
print([line.rstrip() for line in io.StringIO("a\nb\r\nc")], io.StringIO("x\ny").readlines())

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<i f 8s ?")
recs = [(1, 1.5, b"alpha", True), (-2, -0.25, b"beta-long-name", False), (300, 3.0e10, b"", True)]
out = io.BytesIO()
out.write(HEADER.pack(b"REC1", 1, len(recs), RECORD.size))
for r in recs:
    out.write(RECORD.pack(*r))
blob = out.getvalue()
print(len(blob), HEADER.size, RECORD.size, blob[:12].hex(" "), blob[12:24].hex())
inp = io.BytesIO(blob)
magic, ver, n, size = HEADER.unpack(inp.read(HEADER.size))
print(magic, ver, n, size)
for _ in range(n):
    print(RECORD.unpack(inp.read(size)))
print(list(struct.iter_unpack(">h", b"\x00\x01\xff\xfe\x80\x00")), struct.calcsize("@bhiq"), struct.calcsize("=bhiq"))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!d", 1.0), struct.unpack("<2H", b"\x01\x00\x02\x00"))
print(struct.pack("3s", b"abcdef"), struct.pack("5p", b"ab"), struct.pack("c", b"x"), struct.pack("e", 0.5))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("I", -1), lambda: struct.unpack("I", b"ab"),
            lambda: struct.pack("z", 1), lambda: struct.pack("2i", 1), lambda: struct.pack("i", "x")]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
ba = bytearray(b"hello world")
ba[0] = ord("H"); ba[6:] = b"World!"; ba.extend(b"??"); del ba[-1]
print(ba, ba.upper(), ba.find(b"o"), ba.count(b"l"), bytes(ba).split(), ba.decode(), ba.hex(":", 2))
print(bytes.fromhex("de ad be ef"), b"abc" * 2, b"a,b".split(b","), b"%d-%s" % (5, b"x"), bytes(3), b"x"[0])
b = io.BytesIO(b"0123456789")
b.seek(-3, 2); print(b.read(), b.seek(2), b.read(3), b.getbuffer().nbytes, b.readable(), b.seekable())
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)

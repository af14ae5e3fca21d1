# Which bytes methods hand back the bytes itself when nothing changes
# (strip with nothing to strip, replace without a match, center/ljust to a
# width not larger, zfill, expandtabs), and which always make a new one.
b = b"payload data"
cases = [
    ("strip()", lambda: b.strip()),
    ("lstrip(b'x')", lambda: b.lstrip(b"x")),
    ("rstrip(b'')", lambda: b.rstrip(b"")),
    ("replace(b'zz', b'y')", lambda: b.replace(b"zz", b"y")),
    ("replace(b'a', b'a')", lambda: b.replace(b"a", b"a")),
    ("replace(b'a', b'b', 0)", lambda: b.replace(b"a", b"b", 0)),
    ("center(5)", lambda: b.center(5)),
    ("ljust(12)", lambda: b.ljust(12)),
    ("rjust(13)", lambda: b.rjust(13)),
    ("zfill(3)", lambda: b.zfill(3)),
    ("expandtabs()", lambda: b.expandtabs()),
    ("lower()", lambda: b.lower()),
    ("upper() of upper", lambda: b"ABC".upper()),
    ("swapcase()", lambda: b.swapcase()),
    ("title()", lambda: b.title()),
    ("capitalize()", lambda: b.capitalize()),
    ("translate(None)", lambda: b.translate(None)),
    ("translate(None, b'')", lambda: b.translate(None, b"")),
    ("removeprefix(b'x')", lambda: b.removeprefix(b"x")),
    ("removesuffix(b'')", lambda: b.removesuffix(b"")),
    ("bytes(b)", lambda: bytes(b)),
    ("b[:]", lambda: b[:]),
    ("b + b''", lambda: b + b""),
    ("b''.join([b])", lambda: b"".join([b])),
    ("b'-'.join([b])", lambda: b"-".join([b])),
    ("b * 1", lambda: b * 1),
    ("split()[0] of one word", lambda: b"word".split()[0]),
    ("partition(b'#')[0]", lambda: b.partition(b"#")[0]),
    ("rpartition(b'#')[2]", lambda: b.rpartition(b"#")[2]),
    ("splitlines()[0]", lambda: b.splitlines()[0]),
]
for label, fn in cases:
    r = fn()
    print(f"{label:<26} {r is b!s:<5} {r == b}")

class Sub(bytes):
    pass
s = Sub(b"sub")
print("subclass strip:", type(s.strip()).__name__, s.strip() is s)
print("subclass replace:", type(s.replace(b"q", b"r")).__name__)
print("subclass bytes():", bytes(s) is s, type(bytes(s)).__name__)
print("bytearray never itself:", (lambda ba: ba.strip() is ba)(bytearray(b"x")))

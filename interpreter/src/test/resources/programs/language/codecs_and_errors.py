# The built-in codecs (utf-8, utf-16, utf-32 with and without BOM, latin-1, ascii) in both directions
# with every error handler, and CPython's ranges and reasons for malformed input.
s = "naïve café ☕ 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF_32BE", "latin-1", "ascii"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            b = s.encode(enc, err)
            print(enc, err, b, b.decode(enc, "replace") if enc not in ("ascii",) else b.decode(enc))
        except UnicodeError as e:
            print(enc, err, type(e).__name__, e)
print("a\udcff\udc80b".encode("utf-8", "surrogateescape"), b"a\xff\x80b".decode("utf-8", "surrogateescape") == "a\udcff\udc80b", b"a\xff\x80b".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape"))
print("\ud800".encode("utf-8", "surrogatepass"), "x\ud800y".encode("utf-16-le", "backslashreplace"))
bads = [b"\xff", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf5\x80", b"\xc0\x80", b"ok\xe9\xe9\xe9ok", b"\xf0\x28\x8c\x28"]
for b in bads:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, e)
for b, enc in [(b"\x00", "utf-16"), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"a\x00", "utf-16-be"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16-le"),
               (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"a\x00\x00", "utf-32-le"), (b"\xff\xfea\x00", "utf-16-le"), (b"\x80", "ascii"), (b"\x80", "latin-1")]:
    try:
        print(b, enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(b, enc, e)
for thunk in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "nope"), lambda: "e".encode("ascii", "nope"), lambda: "éé".encode("latin-1").decode("ascii"), lambda: "\U0001F600é".encode("ascii"),
              lambda: str(bytearray(b"\xc3\xa9"), "utf-8"), lambda: bytes("é", "utf-16"), lambda: "x".encode(errors="strict", encoding="UTF8")]:
    try:
        print(repr(thunk()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)

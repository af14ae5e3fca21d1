# A binary reader that fails: errors from struct, int.from_bytes and bytes.decode caught and reported with their messages, then an uncaught UnicodeDecodeError from a record decoder.
import codecs
import struct

def read_record(blob):
    length, = struct.unpack_from(">H", blob)
    name = blob[2:2 + length].decode("utf-8")
    return name, blob[2 + length:]

data = struct.pack(">H", 5) + "héllo".encode("utf-8")[:5] + b"rest"
for blob in (struct.pack(">H", 3) + b"abc", b"\x00", struct.pack(">H", 2) + b"\xff\xfe"):
    try:
        print(read_record(blob))
    except (struct.error, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
        if isinstance(e, UnicodeDecodeError):
            print("  ", e.encoding, e.start, e.end, e.reason, e.object)
for enc, raw in (("ascii", b"caf\xe9"), ("utf-16", b"\x00"), ("utf-8", b"\xe2\x82"), ("cp1252", b"\x81"), ("latin-1", b"\xff")):
    try:
        print(enc, raw.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, "->", e)
for enc, text in (("ascii", "naïve"), ("latin-1", "€"), ("cp437", "→")):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "->", e)
print("naïve €".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "€".encode("ascii", "backslashreplace"))
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"abc\xff".decode("ascii", "ignore"), codecs.lookup("UTF8").name, codecs.lookup("latin_1").name)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int.from_bytes(b"\x01", "middle")
except ValueError as e:
    print("ValueError:", e)
print(read_record(data + b"x"))

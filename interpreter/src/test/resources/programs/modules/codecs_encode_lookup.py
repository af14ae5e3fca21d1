# codecs: encode/decode with the codecs str and bytes know, errors handlers, lookup's names for the
# spellings of an encoding, CodecInfo's functions, getencoder/getdecoder, the BOMs, LookupError.
import codecs

print(codecs.encode("héllo"), codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xc3\xa9", "utf-8"))
print(codecs.decode(b"h\xe9", "latin1"), codecs.decode(bytearray(b"ok")), codecs.encode("x", encoding="utf_16"))
print(codecs.encode("é", "ascii", "replace"), codecs.encode("é", "ascii", "ignore"), codecs.decode(b"\xff", "utf-8", "replace"))
for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin1", "ISO-8859-1", "ascii", "US-ASCII",
             "utf-16", "UTF-16LE", "utf_16_be", "utf-32", "utf-8-sig"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), codecs.lookup(name) is info)
info = codecs.lookup("utf-8")
print(info.encode("añb"), info.decode(b"a\xc3\xb1b"), codecs.getencoder("latin-1")("ñ"), codecs.getdecoder("ascii")(b"abc"))
print(repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16 == codecs.BOM_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
print(codecs.encode("ab", "utf-16").startswith(codecs.BOM_UTF16))
for bad in [lambda: codecs.lookup("no-such-codec"), lambda: codecs.encode("x", "klingon"),
            lambda: codecs.decode(b"\xff"), lambda: codecs.encode("é", "ascii"), lambda: codecs.decode("text")]:
    try:
        bad()
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e)

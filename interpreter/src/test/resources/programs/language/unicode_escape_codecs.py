# The unicode_escape and raw_unicode_escape codecs: encoding (backslash, controls, Latin-1,
# BMP and astral code points, surrogates), decoding every escape form, the errors and their
# ranges under strict, replace, ignore and backslashreplace, and codecs.encode/decode.
import codecs

s = 'a\\\t\n\r\x00\x7f\x80\xff\u0100\uffff\U00010000\ud800\'"'
print(s.encode("unicode_escape"))
print(s.encode("raw_unicode_escape"))
print(s.encode("unicode-escape") == s.encode("UNICODE_ESCAPE"), "é".encode("raw-unicode-escape"))
print(b"a\\nb\\xe9\\u1234\\U0001f600\\N{BLACK STAR}\\101\\0\\\n!".decode("unicode_escape"))
print(repr(b"\\a\\b\\f\\v\\'\\\"\\\\".decode("unicode_escape")))
print(repr(b"\xe9\\q\\8\\x41".decode("unicode_escape", "strict") if False else b"\xe9\\x41".decode("unicode_escape")))
for b in [b"\\", b"a\\", b"\\x", b"\\x4", b"\\x4z", b"\\u12", b"\\U0011ffff", b"\\U001", b"\\N", b"\\N{",
          b"\\N{}", b"\\N{foo}", b"\\N{LATIN", b"ok\\xg1ok"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(b, errors, repr(b.decode("unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError:", e, e.start, e.end, e.encoding)
for b in [b"\\", b"\\u", b"\\u12", b"\\\\u1234", b"\\\\\\u1234", b"\\U00110000", b"\\x41", b"\\U0001f600",
          b"\xe9\\u00e9", b"\\t"]:
    for errors in ["strict", "replace"]:
        try:
            print(b, errors, repr(b.decode("raw_unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError:", e, e.start, e.end)
text = "naïve ☃ \U0001F40D"
for codec in ["unicode_escape", "raw_unicode_escape"]:
    encoded = text.encode(codec)
    print(codec, encoded, encoded.decode(codec) == text)
print(codecs.lookup("unicode_escape").name, codecs.lookup("raw-unicode-escape").name)
print(codecs.encode("\xe9\n", "unicode_escape"), codecs.decode(b"\\xe9\\n", "unicode_escape"))
print(codecs.decode("\\u00e9", "unicode_escape"), bytearray(b"\\t!").decode("unicode_escape"), str(b"\\x41", "unicode_escape"))
print(repr("quote's".encode("unicode_escape").decode()), "tab\there".encode("unicode_escape").decode("ascii"))

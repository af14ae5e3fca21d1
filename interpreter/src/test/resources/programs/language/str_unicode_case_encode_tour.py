# str methods over non-ASCII text: casefold vs lower, title with apostrophes, isidentifier/isprintable/isdecimal, width of combining marks, encode errors handlers
words = ["straße", "ΣΊΣΥΦΟΣ", "ǅungla", "İstanbul", "ﬁnance", "they're bill's", "hello world", "ⅷ", "٣", "²", "x\u0301"]
for w in words:
    print(f"{w!r:18} lower={w.lower()!r} upper={w.upper()!r} casefold={w.casefold()!r} title={w.title()!r} swap={w.swapcase()!r} len={len(w)}")
for s in ["abc", "a b", "_x1", "1x", "π", "class", "a-b", "", "\t", "\x7f", "é", "\u200b"]:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isalpha(), s.isalnum(), s.isspace())
for s in ["123", "١٢٣", "²", "½", "Ⅷ", "12.5", "-1", "0x1F"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
text = "naïve café – “quoted” €5"
for handler in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    try:
        print(handler, text.encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, "->", e.reason, e.start, e.end, repr(e.object[e.start:e.end]))
raw = "café".encode("utf-8") + b"\xff\xfe" + "!".encode()
for handler in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    d = raw.decode("utf-8", handler)
    print(handler, repr(d), len(d))
print(repr("\udcff".encode("utf-8", "surrogateescape")), "abc".encode("utf-16-le"), "é".encode("latin-1"), "€".encode("cp1252"))
print("ß".center(7, "*"), "Ab".ljust(4, "é"), "x".zfill(4), "-3".zfill(5), "+".zfill(3))
print("a\tb\tc".expandtabs(4), repr("line1\r\nline2\rline3\x0bline4\x1cline5".splitlines()), "a,b,,c".split(",", 2), "  a  b ".split())
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "abcabc".rpartition("b"), "abc".partition("x"))
print(sorted(["b", "A", "a", "B", "é", "e"]), sorted(["b", "A", "a", "B"], key=str.casefold), max("hello"), min("Hello"))
print("%s|%r|%a" % ("é", "é", "é"), ascii("日本"), repr("\x00\n\u2028"), str(b"caf\xc3\xa9", "utf-8"))
print([c for c in "añ😀"], len("😀"), "😀".encode("utf-16"), ord("😀"), chr(128512) == "😀", "\N{GREEK SMALL LETTER ALPHA}")

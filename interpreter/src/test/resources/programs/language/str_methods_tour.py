# A tour of str methods a working programmer reaches for: split/partition/strip family, case, tests.
s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")), repr(s.strip(" Hel")))
print(s.split(), s.split(","), s.split("Hello", 1), s.rsplit(None, 2), "a,,b,".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
print("line1\nline2\r\nline3\r".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print(s.count("Hello"), s.find("o"), s.rfind("o"), s.index("W"), s.find("zzz"), s.find("l", 5, 10))
print("Title case's words".title(), "ALL lower".swapcase(), "ß straße".upper(), "İ".lower(), "ǅ".casefold())
print("hello world".capitalize(), "hELLO".capitalize(), "x".center(6, "-"), "tab\tbed".expandtabs(4))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal())
print("  ".isspace(), "Title Case".istitle(), "UP".isupper(), "snake_case".isidentifier(), "class".isidentifier())
print("a-b_c d".replace("-", "+").replace(" ", "", 1), "aaa".replace("a", "b", 2), "".replace("", "x"))
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "x".removeprefix("y"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
print(",".join(["a", "b", "c"]), "".join(reversed("stressed")), "-".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("%s has %d items costing %.2f (%r) %5s|%-5s|%%" % ("cart", 3, 9.5, "x", "r", "l"))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%c%c" % (72, "i"), "%x %X %o %e" % (255, 255, 8, 12345.678))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("abc", "xyz", "c")))
print("hello".translate({ord("l"): None, ord("o"): "0"}), "Leet Speak".translate(str.maketrans({"e": "3", "a": "4"})))
print(sorted("banana"), sorted(set("mississippi")), max("hello"), min("Hello"), "b" in "abc")
print(ord("€"), chr(8364), "\u00e9" == "é", len("👍"), "👍".encode("utf-8"), "naïve".encode("ascii", "replace"))
print("zfill".zfill(8), "a\tb".expandtabs(), repr("it's \"quoted\""), ascii("ümlaut"), str(b"bytes"))

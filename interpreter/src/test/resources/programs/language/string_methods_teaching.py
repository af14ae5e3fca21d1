# the str methods a lesson on strings uses: split/partition/strip, case, padding, search, predicates, translate, prefixes
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")), s.split(","), s.split(), "a,,b".split(","))
print("a b  c".split(" "), "a-b-c".rsplit("-", 1), "x".join("abc"), "line1\nline2\r\nline3".splitlines(), "l\n".splitlines(True))
print("key=val=x".partition("="), "key=val=x".rpartition("="), "nopart".partition("="))
print("ß".casefold(), "ß".upper(), "İ".lower(), "title case words".title(), "hELLO".swapcase(), "hello world".capitalize())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "a\tb".expandtabs(4))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".find("z"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "Abc1".isalnum(), "٣".isdigit(), "½".isnumeric(), "3".isdecimal())
print("a{}b".format(1), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "tab\there".expandtabs())
print("abc"[::-1], "abcdef"[1:5:2], "abc" * 2, "b" in "abc", "abc" < "abd", min("bca"), sorted("bca"))
print(str.maketrans("ab", "xy"), "aabbc".translate(str.maketrans("ab", "xy", "c")))
print("%-6s|%6s|" % ("ab", "cd"), "{:^7}".format("mid"), "x".encode(), "é".encode("utf-8"))
print("Straße".encode("ascii", "ignore"), "a,b;c".replace(";", ",").split(","), " ".join(reversed("a b c".split())))
print("hello world".removeprefix("hello "), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(ord("€"), chr(8364), hex(ord("a")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", len("\U0001F600"))

# Commonly used str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.lower(), s.upper())
t = "a,b,,c"
print(t.split(","), t.split(",", 1), "a b  c".split(), t.rsplit(",", 1), "l1\nl2\r\nl3".splitlines())
print("-".join(["x", "y", "z"]), "abc".replace("b", "B"), "aaa".replace("a", "b", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "Hello World".title(), "hELLO".swapcase())
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "x".isalpha())
print("123".isdigit(), " ".isspace(), "abc".isidentifier(), "Abc".istitle(), "a1".isalnum())
print("key=value".partition("="), "a.b.c".rpartition("."), "tab\there".expandtabs(4))
print("%s" % "x".encode(), "ÿ".encode("utf-8"), b"\xc3\xbf".decode(), "abc"[::-1], "abcdef"[1:5:2])
print("hello"[1:], "hello"[-3:], "hello" * 2, "ell" in "hello", ord("A"), chr(8364), len("日本"))
print("{:}".format("x"), "Straße".casefold(), "x".removeprefix("x"), "abc".removesuffix("c"))

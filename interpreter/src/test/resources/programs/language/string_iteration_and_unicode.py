# str is a sequence of code points; iteration, slicing, encoding lengths.
s = "naïve café ☕ 😀"
print(len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print([c for c in s if ord(c) > 127], s[6:10], s[::-1])
print(s.upper(), s.split(), "".join(sorted("hello")), ascii(s))
print(" ".join(f"{ord(c):x}" for c in "é☕"), "\u00e9" == "é", "\N{SNOWMAN}")
print(ord("😀"), chr(128512) == "😀", "😀".encode("utf-8"))

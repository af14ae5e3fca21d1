# String methods a beginner meets: case, searching, splitting and joining, stripping, padding,
# predicates, replace with counts, slicing and stepping, immutability, and unicode lengths.
s = "  Hello, World! Hello again.  "
t = s.strip()
print(repr(t), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(t.upper(), t.lower(), t.title(), t.swapcase(), "hello world".capitalize(), "ǅ".lower(), "ß".upper())
print(t.find("Hello"), t.find("Hello", 1), t.rfind("Hello"), t.find("zzz"), t.index("World"), t.count("l"))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print(t.startswith("Hello"), t.endswith(("!", ".")), t.startswith("World", 7), "abc".startswith(""))
print(t.split(), t.split(","), t.split(" ", 1), t.rsplit(" ", 1), "a,,b".split(","), "  a  b ".split())
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(3)))
print(t.replace("Hello", "Bye"), t.replace("Hello", "Bye", 1), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print(t.partition(","), t.rpartition(" "), "abc".partition("x"))
print("42".zfill(5), "-42".zfill(5), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "a\tb".expandtabs(4))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "   ".isspace(),
      "Title Case".istitle(), "UP".isupper(), "low".islower(), "my_var".isidentifier(), "".isalpha())
word = "Python"
print(word[0], word[-1], word[1:4], word[:2], word[4:], word[::-1], word[::2], word[-3:], word[10:], word[1:100])
try:
    word[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    word[10]
except IndexError as e:
    print("IndexError:", e)
print("J" + word[1:], word * 2, "th" in word, "Th" in word, len("héllo"), len("😀"), ord("A"), chr(0x1F600))
print("a" < "b", "Z" < "a", "apple" < "apricot", "10" < "9", sorted(["b", "A", "a", "B"]),
      sorted(["b", "A", "a"], key=str.lower))
print("%s has %d chars" % (word, len(word)), str(3.0), str([1, "a"]), repr("it's"), repr('say "hi"'),
      repr("both ' \""), repr("\n\t\\"), ascii("naïve"))
print("Hello {}! You are {} years".format("Ann", 30), "{0} {1} {0}".format("a", "b"), "{:.2f}".format(2 / 3))
print("one two three".title().split()[::-1], " ".join(w.capitalize() for w in "the end".split()))
vowels = sum(1 for ch in "programming language" if ch in "aeiou")
print(vowels, {c: "mississippi".count(c) for c in sorted(set("mississippi"))})
print("abc".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode(), "tschüß".casefold(), str.maketrans("ab", "xy"))
print("hello world".translate(str.maketrans("lo", "01", "h")), "a-b_c".replace("-", " ").replace("_", " "))
print("Mississippi".removeprefix("Miss"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(min("hello"), max("hello"), sorted("hello"), list("hi"), "".join(sorted(set("banana"))))
print("%-10s|%10s|" % ("left", "right"), "abc"[::-1] == "cba", "racecar" == "racecar"[::-1])

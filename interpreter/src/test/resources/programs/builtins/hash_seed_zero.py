# With PYTHONHASHSEED=0 (the recording's setting) the str and bytes hash is SipHash-1-3 with an
# all-zero key, over one, two or four bytes per character as the string's widest character needs:
# the values, and so the iteration order of sets and dicts of strings, are CPython's.
print(hash(""), hash(b""))
print(hash("a"), hash("abc"), hash(b"abc") == hash("abc"))
print(hash("hello world!!"), hash("é"), hash("Ā"), hash("😀"))
print(hash("abcdefgh"), hash("abcdefghi"))
print({"apple", "banana", "cherry", "date", "elderberry"})
print({b"x", b"yy", b"zzz"})
print(frozenset("pyheap"))
s = set()
for word in "the quick brown fox jumps over the lazy dog".split():
    s.add(word)
print(s)
print(list({"one": 1, "two": 2}.keys()) == ["one", "two"])

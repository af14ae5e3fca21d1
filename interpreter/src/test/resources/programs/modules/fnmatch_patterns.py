# fnmatch's shell-style patterns: '*' (slashes too), '?', '[seq]', '[!seq]', ranges, a '[' without
# ']' as a literal; fnmatch.filter keeps the matching names.
import fnmatch

cases = [("prog.py", "*.py"), ("a/b/prog.py", "*.py"), ("prog.pyc", "*.py"), ("x1", "x?"),
         ("x12", "x?"), ("b.txt", "[abc].txt"), ("d.txt", "[abc].txt"), ("d.txt", "[!abc].txt"),
         ("k", "[a-m]"), ("z", "[a-m]"), ("[x", "[x"), ("", "*"), ("abc", "a*c*"), ("abcbc", "*bc"),
         ("ab]", "ab[]]"), ("a-", "a[-z]"), ("aXb", "a*X*b"), ("Prog.PY", "*.py")]
for name, pattern in cases:
    print(repr(name), repr(pattern), fnmatch.fnmatch(name, pattern), fnmatch.fnmatchcase(name, pattern))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d"], "*.py"))

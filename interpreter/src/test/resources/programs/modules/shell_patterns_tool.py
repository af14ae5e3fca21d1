# A file-selection tool's pattern handling: shlex (split with posix and comments, quote, join,
# shlex objects with whitespace_split and punctuation_chars, errors of unbalanced quotes),
# fnmatch (fnmatch/fnmatchcase/filter/translate), glob in a temporary tree (recursive **,
# hidden files, escape, root_dir, iglob), and operator helpers to sort the results.
import fnmatch
import glob
import operator
import os
import shlex
import tempfile

cmds = ['grep -rn "TODO: fix" src/ --include=*.py', "echo 'single quoted' \"double \\\"esc\\\"\" plain\\ space", "cmd # comment here", "a\\\nb", ""]
for c in cmds:
    print(shlex.split(c), shlex.split(c, comments=True))
print(shlex.split("one 'two three' four", posix=False), shlex.quote("it's here"), shlex.quote(""), shlex.quote("safe-1.txt"), shlex.join(["rm", "-rf", "my dir", "a'b"]))
for bad in ['echo "unterminated', "echo 'x", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
lx = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
print(list(lx))
lx2 = shlex.shlex("key=value, other = 'x y'", posix=True)
lx2.whitespace_split = False
print(list(lx2))
lx3 = shlex.shlex("ls -l /tmp | wc -l", posix=True)
lx3.whitespace_split = True
print(list(lx3), lx3.lineno)
names = ["main.py", "test_main.py", "README.md", "Setup.PY", ".hidden.py", "data[1].csv", "data1.csv", "notes.txt"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "test_*"), fnmatch.filter(names, "data[0-9].csv"), fnmatch.filter(names, "data[[]1].csv"))
print(fnmatch.fnmatch("Setup.PY", "*.py"), fnmatch.fnmatchcase("Setup.PY", "*.py"), fnmatch.fnmatch("a.txt", "?.txt"), fnmatch.fnmatch("ab.txt", "[!a]*"))
print(fnmatch.translate("*.py"), fnmatch.translate("file?[a-c][!0-9]*.txt"), fnmatch.translate("[]]x"))
with tempfile.TemporaryDirectory() as tmp:
    for rel in ["src/app.py", "src/util/io.py", "src/util/.secret.py", "tests/test_app.py", "docs/index.md", ".cfg/x.py", "weird[1].txt", "top.py"]:
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()
    rel = lambda ps: sorted(os.path.relpath(p, tmp) for p in ps)
    print(rel(glob.glob(os.path.join(tmp, "*.py"))), rel(glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "**"), recursive=True)))
    print(sorted(glob.glob("**/*.py", root_dir=tmp, recursive=True)), sorted(glob.glob("*", root_dir=tmp)), sorted(glob.glob(".*", root_dir=tmp)))
    print(glob.glob(glob.escape(os.path.join(tmp, "weird[1].txt"))) == [os.path.join(tmp, "weird[1].txt")], glob.glob(os.path.join(tmp, "weird[1].txt")))
    print(sorted(glob.iglob("src/*/*.py", root_dir=tmp)), glob.has_magic("a*b"), glob.has_magic("plain"), glob.escape("a?b[c]*"))
    sizes = []
    for i, p in enumerate(sorted(glob.glob("**/*.py", root_dir=tmp, recursive=True))):
        sizes.append({"path": p, "depth": p.count("/"), "size": i * 7 % 5})
    by = operator.itemgetter("depth", "size")
    print([s["path"] for s in sorted(sizes, key=by)], operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", "/", 1)("a/b/c"))
print(operator.add(2, 3), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"),
      operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5), operator.not_(0), operator.is_(None, None), operator.xor(6, 3), operator.index(7))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("f", 1, k=2)), operator.length_hint(iter([1, 2, 3])))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem("hello", slice(1, 3)), operator.iadd([1], [2]), operator.ipow(2, 5))
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print("TypeError:", e)

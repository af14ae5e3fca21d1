# glob: *, ?, [seq], directories in the pattern, '**' with and without recursive, hidden files,
# root_dir, escape and has_magic (results sorted: the order is the directory's).
import glob, os, tempfile

with tempfile.TemporaryDirectory() as d:
    for rel in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/x.py", "sub/y.txt", "sub/deep/z.py",
                "sub/.h/q.py", "odd[1].txt", "what?.txt"]:
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
    def show(pattern, **kw):
        found = glob.glob(os.path.join(d, pattern), **kw)
        print(pattern, kw, sorted(os.path.relpath(p, d) for p in found))
    show("*.py")
    show("?.py")
    show("[ab].py")
    show("*")
    show("*/*.py")
    show("sub/*")
    show("**/*.py")
    show("**/*.py", recursive=True)
    show("**", recursive=True)
    show("sub/**/", recursive=True)
    show(".*")
    show("*.py", include_hidden=True)
    show("nothing*")
    show("a.py")
    show("missing.py")
    show("sub/")
    show(glob.escape("odd[1].txt"))
    show(glob.escape("what?.txt"))
    show("odd[1].txt")
    print(sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob("**/*.py", root_dir=os.path.join(d, "sub"), recursive=True)))
    print(sorted(glob.iglob("sub/*.py", root_dir=d)), type(glob.iglob("*", root_dir=d)).__name__)
    print(glob.has_magic("a*"), glob.has_magic("a[b"), glob.has_magic("plain"), glob.has_magic(b"x?"))
    print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.glob(""), glob.glob("", recursive=True))

# pathlib's pure paths: joining with /, parts, name/stem/suffix(es), parent(s), with_name/stem/
# suffix, relative_to, match, comparisons, reprs, and their ValueErrors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for text in ["/usr/lib/python3.11/os.py", "a/b/c.tar.gz", "/", "", ".", "a//b/./c", "//net/x", "///x",
             "../up", "dir/", ".bashrc", "file.", "/a/b/.."]:
    p = PurePosixPath(text)
    print(repr(text), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
          repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())
p = PurePosixPath("/usr") / "lib" / PurePosixPath("x.py")
print(p, "/etc" / PurePosixPath("passwd"), PurePosixPath("a") / "/abs" / "b", PurePosixPath("a", "b", "c"))
print(p.parent, p.parent.parent, PurePosixPath("/").parent, PurePosixPath("x").parent, PurePosixPath(".").parent)
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:], repr(p.parents))
print(list(PurePosixPath("a/b").parents))
print(p.with_name("y.txt"), p.with_stem("z"), p.with_suffix(".pyc"), p.with_suffix(""),
      PurePosixPath("a/b").with_suffix(".c"), PurePosixPath("a.tar.gz").with_suffix(".bz2"))
print(p.relative_to("/usr"), p.relative_to("/usr/lib/x.py"), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(p.joinpath("more", "parts"), p.as_posix(), type(PurePath("x")).__name__, repr(PurePath("x")))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b.py").match("/*.py"), PurePosixPath("/a/b.py").match("/a/*.py"),
      PurePosixPath("a/b/c.py").match("b/*.py"), PurePosixPath("a/b/c.py").match("a/*.py"), PurePosixPath("A.PY").match("*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == PurePosixPath("A"), PurePosixPath("a") == "a",
      PurePosixPath("a") == PosixPath("a"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]))
print(len({PurePosixPath("a/b"), PurePosixPath("a//b"), PurePosixPath("a/./b")}), hash(PurePosixPath("x")) == hash(PurePosixPath("x")))
print(repr(Path("a/b")), type(Path("q")).__name__, isinstance(Path("q"), PurePath), str(Path()), Path("a", "b") / "c")
import os
print(os.fspath(PurePosixPath("a/b")), open.__name__, bytes(PurePosixPath("/x")), PurePosixPath("/a b").as_uri() if False else "")
for bad in [lambda: PurePosixPath("/").with_name("x"), lambda: p.with_name("a/b"), lambda: p.with_name(""),
            lambda: p.with_suffix("txt"), lambda: p.with_suffix("."), lambda: p.relative_to("/etc"),
            lambda: PurePosixPath("a").relative_to("/a"), lambda: PurePosixPath("a") / 3, lambda: PurePosixPath(3),
            lambda: p.parents[9], lambda: PurePosixPath("a") < "b", lambda: PurePosixPath("x").match("")]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

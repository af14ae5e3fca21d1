# Windows paths computed on POSIX with pathlib.PureWindowsPath, as a cross-platform build script
# does: drives and UNC shares, backslash and slash separators, case-insensitive equality and
# ordering, joining with drive-relative and rooted parts, parts/parents/anchor, suffixes,
# relative_to, match, as_posix/as_uri, is_absolute/is_reserved, and PurePosixPath never equal.
from pathlib import PurePath, PurePosixPath, PureWindowsPath

for s in [r"C:\Users\Ann\Documents\Report.Final.DOCX", "c:/windows/system32", r"\\server\share\dir\file.txt", r"\rooted\only",
          "D:relative\\x", "relative/y", "", "C:", "C:\\", r"\\?\C:\very\long", "//host/share", "a/b\\c/../d"]:
    p = PureWindowsPath(s)
    print(f"{s!r:<40} str={str(p)!r} drive={p.drive!r} root={p.root!r} anchor={p.anchor!r} parts={p.parts} abs={p.is_absolute()}")
p = PureWindowsPath(r"C:\Users\Ann\Documents\Report.Final.DOCX")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents), repr(p), p.as_posix(), p.as_uri())
print(p.with_suffix(".pdf"), p.with_name("other.txt"), p.with_stem("Draft"), p.relative_to("c:/users"), p.is_relative_to("D:/"))
print(PureWindowsPath("C:/a") == PureWindowsPath("c:\\A"), PureWindowsPath("C:/a") == PurePosixPath("C:/a"), PureWindowsPath("a") < PureWindowsPath("B"),
      hash(PureWindowsPath("C:/X")) == hash(PureWindowsPath("c:/x")), sorted([PureWindowsPath("b"), PureWindowsPath("A"), PureWindowsPath("c")]))
print(PureWindowsPath("C:/a", "b", "D:c"), PureWindowsPath("C:/a", "/b"), PureWindowsPath("C:/a", "C:b"), PureWindowsPath("c:/a", "C:b"), PureWindowsPath("//s/sh", "x"))
print(PureWindowsPath("C:/a") / "b" / "c.txt", "x" / PureWindowsPath("y"), PureWindowsPath("C:/a").joinpath("d:/e"))
print(PureWindowsPath("C:/Prog/App.EXE").match("*.exe"), PureWindowsPath("C:/Prog/App.EXE").match("c:/prog/*"), PureWindowsPath("b/c.py").match("*/C.PY"))
print([PureWindowsPath(n).is_reserved() for n in ["nul", "CON.txt", "c:/dir/aux", "normal", "com1", "x/lpt9.log"]])
print(PurePath("a/b"), type(PurePath("a/b")).__name__, PurePosixPath("C:\\a"), PurePosixPath("C:\\a").name)
try:
    PureWindowsPath("C:/a/b").relative_to("D:/a")
except ValueError as e:
    print("ValueError:", e)
try:
    PureWindowsPath("a").as_uri()
except ValueError as e:
    print("ValueError:", e)
try:
    PureWindowsPath("C:/").with_name("x")
except ValueError as e:
    print("ValueError:", e)
print(PureWindowsPath("//server/share/").parent, PureWindowsPath("//server/share/x").as_uri(), PureWindowsPath("C:/a b/ü").as_uri())

# A project scanner in a temporary directory: pathlib creation, rglob/glob with patterns, fnmatch filters, stat sizes, shutil copytree with ignore_patterns, move, rmtree, disk-usage-like totals, relative paths, and errors for missing files.
import fnmatch
import glob
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp) / "proj"
    files = {"src/app/__init__.py": "", "src/app/main.py": "print('hi')\n" * 3, "src/app/util.py": "x = 1\n",
             "src/app/__pycache__/main.cpython-311.pyc": "\0" * 10, "tests/test_main.py": "def test(): pass\n",
             "docs/index.md": "# Docs\n", "docs/img/logo.png": "PNG" * 20, "README.md": "readme\n",
             ".gitignore": "*.pyc\n", "build/out.o": "o" * 50}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    rel = lambda p: p.relative_to(root).as_posix()
    print(sorted(rel(p) for p in root.rglob("*.py")))
    print(sorted(rel(p) for p in root.glob("*")), sorted(rel(p) for p in root.glob("**/")) [:4])
    print(sorted(rel(p) for p in root.glob("src/*/*.py")), sorted(p.name for p in root.iterdir()))
    print(sorted(os.path.relpath(p, root) for p in glob.glob(str(root / "**" / "*.md"), recursive=True)))
    print(sorted(os.path.basename(p) for p in glob.glob(str(root / "*"), include_hidden=True)))
    print(glob.escape("weird[1]*.txt"), sorted(glob.glob1(str(root / "docs"), "*.md")) if hasattr(glob, "glob1") else None)
    names = [rel(p) for p in root.rglob("*") if p.is_file()]
    print(sorted(fnmatch.filter(names, "*.py")), fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatchcase("Main.PY", "*.py"))
    print(fnmatch.translate("src/[!_]*.p?"))
    sizes = {}
    for p in root.rglob("*"):
        if p.is_file():
            top = p.relative_to(root).parts[0]
            sizes[top] = sizes.get(top, 0) + p.stat().st_size
    print(sorted(sizes.items()))
    main = root / "src/app/main.py"
    print(main.name, main.stem, main.suffix, main.suffixes, main.parent.name, main.with_suffix(".txt").name,
          main.with_stem("entry").name, main.exists(), main.is_dir(), main.read_text().count("\n"))
    backup = Path(tmp) / "backup"
    shutil.copytree(root, backup, ignore=shutil.ignore_patterns("__pycache__", "*.o", "build"))
    print(sorted(rel2.relative_to(backup).as_posix() for rel2 in backup.rglob("*") if rel2.is_file()))
    shutil.move(str(backup / "README.md"), str(backup / "docs"))
    print(sorted(p.name for p in (backup / "docs").iterdir()))
    shutil.copy2(main, backup / "copied.py")
    print((backup / "copied.py").read_text() == main.read_text(), shutil.copyfile(main, backup / "c2.py").name)
    shutil.rmtree(root / "build")
    print((root / "build").exists(), sorted(p.name for p in root.iterdir()))
    (root / "empty").mkdir(); (root / "empty").rmdir()
    target = root / "docs/index.md"
    target.rename(root / "docs/home.md"); print(sorted(p.name for p in (root / "docs").iterdir()))
    (root / "docs/home.md").unlink()
    (root / "gone.txt").unlink(missing_ok=True)
    for action in (lambda: (root / "nope.txt").read_text(), lambda: (root / "src").rmdir(), lambda: (root / "src").mkdir(),
                   lambda: shutil.rmtree(root / "missing"), lambda: shutil.copy(root / "missing", root / "x"),
                   lambda: (root / "README.md").iterdir().__next__(), lambda: Path("relative").relative_to("/abs")):
        try:
            action()
        except (OSError, ValueError) as e:
            text = str(e).replace(tmp, "TMP")
            print(type(e).__name__, getattr(e, "errno", None), text)
    print(shutil.which("definitely-not-a-command-xyz"), shutil.get_archive_formats()[0][0])
p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg/mod.py")
print(p.parts[:3], p.anchor, p.parents[2], p.match("*/pkg/*.py"), p.is_relative_to("/usr"), PurePosixPath("a/b/../c").as_posix())
print(PurePosixPath("a") / "b" / "/c", PurePosixPath("x.tar.gz").suffixes, PurePosixPath("x.tar.gz").stem)
Path("/nonexistent/dir/file.txt").read_text()

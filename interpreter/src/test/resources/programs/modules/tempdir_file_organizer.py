# A downloads organizer in a temporary directory: pathlib walking, suffix rules, shutil moves/copies, glob and fnmatch filters, a tree listing, errors for missing files
import fnmatch
import glob
import os
import pathlib
import shutil
import tempfile

RULES = {"images": ["*.png", "*.JPG", "*.gif"], "docs": ["*.pdf", "*.txt", "*.md"], "archives": ["*.zip", "*.tar.gz"]}

with tempfile.TemporaryDirectory(prefix="org-") as tmp:
    root = pathlib.Path(tmp)
    inbox = root / "inbox"
    (inbox / "nested" / "deeper").mkdir(parents=True)
    files = {"cat.png": b"\x89PNG", "Holiday.JPG": b"jpg", "report.pdf": b"%PDF", "notes.txt": "hello\nworld\n",
             "readme.md": "# t", "backup.tar.gz": b"\x1f\x8b", "nested/song.mp3": b"ID3", "nested/deeper/old.txt": "x" * 100,
             ".hidden": "secret"}
    for name, data in files.items():
        p = inbox / name
        if isinstance(data, str):
            p.write_text(data)
        else:
            p.write_bytes(data)

    def rel(p):
        return p.relative_to(root).as_posix()

    print("all:", sorted(rel(p) for p in inbox.rglob("*") if p.is_file()))
    print("glob top *.txt:", sorted(os.path.basename(p) for p in glob.glob(str(inbox / "*.txt"))))
    print("glob recursive:", sorted(rel(pathlib.Path(p)) for p in glob.glob(str(inbox / "**" / "*.txt"), recursive=True)))
    print("glob hidden default:", glob.glob(str(inbox / "*hidden")), len(glob.glob(str(inbox / ".*"))))
    moved = []
    for p in sorted(inbox.iterdir()):
        if not p.is_file():
            continue
        for folder, pats in RULES.items():
            if any(fnmatch.fnmatch(p.name, pat) for pat in pats):
                dest = root / folder
                dest.mkdir(exist_ok=True)
                moved.append((p.name, folder, rel(pathlib.Path(shutil.move(str(p), dest)))))
                break
    for m in moved:
        print("moved", *m)
    print("case-sensitive:", fnmatch.fnmatchcase("Holiday.JPG", "*.jpg"), fnmatch.filter(["a.PY", "b.py", "c.txt"], "*.py"))
    print("translate:", fnmatch.translate("data_[0-9]?.csv"))
    shutil.copytree(inbox / "nested", root / "copy", ignore=shutil.ignore_patterns("*.mp3"))
    print("copytree:", sorted(rel(p) for p in (root / "copy").rglob("*")))
    src = root / "docs" / "notes.txt"
    shutil.copy2(src, root / "notes.bak")
    print("copy same:", (root / "notes.bak").read_text() == src.read_text(), (root / "notes.bak").stat().st_size)
    print("stem/suffixes:", [(p.stem, p.suffixes) for p in sorted((root / "archives").iterdir())])
    for p in sorted(root.rglob("*")):
        depth = len(p.relative_to(root).parts) - 1
        print("  " * depth + p.name + ("/" if p.is_dir() else f" ({p.stat().st_size})"))
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print("total bytes:", total, "usage ok:", shutil.disk_usage(root).total > 0)
    for action in (lambda: (root / "nope.txt").read_text(), lambda: shutil.copy(root / "missing", root / "x"),
                   lambda: (root / "docs").rmdir(), lambda: (root / "docs").mkdir()):
        try:
            action()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    shutil.rmtree(root / "copy")
    print("after rmtree:", sorted(p.name for p in root.iterdir()))
print("cleaned:", not os.path.exists(tmp))

# dbm.dumb's files as a differential run against CPython's module saw them: values placed on
# 512-byte blocks (a new value stays in place while it needs no more blocks, else moves to the
# end), the index lines appended for new keys and rewritten (with a .bak of the old index) on
# sync, close and deletion, str keys and values stored as UTF-8, the errors for bad types, a
# read-only or closed database and missing files; and a shelf with writeback over it.
import hashlib
import os
import shelve
import tempfile
import dbm.dumb


def files(base):
    shown = []
    for ext in (".dat", ".dir", ".bak"):
        path = base + ext
        if os.path.exists(path):
            with open(path, "rb") as f:
                data = f.read()
            shown.append((ext, len(data), hashlib.md5(data).hexdigest()[:10]))
    return shown


def index(base):
    with open(base + ".dir", encoding="latin-1") as f:
        return f.read().splitlines()


with tempfile.TemporaryDirectory() as top:
    base = os.path.join(top, "db")
    db = dbm.dumb.open(base, "n")
    print(files(base))
    for key, size in [("a", 1), ("b", 511), ("c", 512), ("d", 513)]:
        db[key] = b"v" * size
        print(key, size, files(base), index(base)[-1])
    for key, size in [("a", 512), ("a", 513), ("d", 1024), ("d", 1025), ("b", 0)]:
        db[key] = b"w" * size
        print("again", key, size, files(base), sorted(db.keys()) == [b"a", b"b", b"c", b"d"])
    print(index(base))
    db.sync()
    print("synced", files(base), index(base))
    del db["c"]
    print("deleted", files(base), index(base))
    db["\u00e9t\u00e9"] = "caf\u00e9"
    db[b"\xff"] = bytearray(b"raw")
    print(db["\u00e9t\u00e9"], db[b"\xff"], "\u00e9t\u00e9".encode() in db, index(base)[-2:])
    for key, value in [(5, b"x"), (b"k", 5), (b"k", None)]:
        try:
            db[key] = value
        except TypeError as e:
            print("TypeError:", e)
    try:
        db[b"missing"]
    except KeyError as e:
        print("KeyError:", e)
    db.close()
    db.close()
    for action in [lambda: db[b"a"], lambda: db.keys(), lambda: len(db), lambda: b"a" in db,
                   lambda: list(db), lambda: db.items(), lambda: db.__setitem__(b"a", b"b")]:
        try:
            action()
        except OSError as e:
            print(type(e).__name__, e)
    with dbm.dumb.open(base, "r") as ro:
        print(sorted(ro.keys()), len(ro[b"d"]))
        for action in [lambda: ro.__setitem__(b"z", b"z"), lambda: ro.__delitem__(b"a")]:
            try:
                action()
            except OSError as e:
                print(type(e).__name__, e)
    for flag in ("r", "w"):
        try:
            dbm.dumb.open(os.path.join(top, "nothing"), flag)
        except FileNotFoundError as e:
            print(flag, type(e).__name__, e.errno, os.path.basename(os.fsdecode(e.filename)))
    try:
        dbm.dumb.open(base, "q")
    except ValueError as e:
        print("ValueError:", e)

    shelf_base = os.path.join(top, "shelf")
    with shelve.open(shelf_base, writeback=True, protocol=2) as shelf:
        shelf["list"] = [1, 2]
        shelf["list"].append(3)
        shelf["map"] = {"k": (1, 2.5, None)}
        print(sorted(shelf), shelf.get("nope", "default"), "list" in shelf, len(shelf))
        shelf.sync()
        print(files(shelf_base))
    print(repr(shelf.dict))
    try:
        shelf["list"]
    except ValueError as e:
        print("ValueError:", e)
    with shelve.open(shelf_base, "r") as shelf:
        print(sorted(shelf.items()))
        try:
            shelf["new"] = 1
        except OSError as e:
            print(type(e).__name__, e)

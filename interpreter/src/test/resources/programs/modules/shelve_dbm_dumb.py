# dbm.dumb keeps bytes under bytes keys in NAME.dat/NAME.dir (values on 512-byte blocks, the index as
# text lines), reopened read-only, read-write and new; shelve pickles values into a dbm database,
# with writeback caching; keys are listed sorted (a shelf's order is its database's).
import dbm
import dbm.dumb
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as root:
    base = os.path.join(root, "store")
    db = dbm.dumb.open(base, "c")
    db[b"alpha"] = b"1"
    db["beta"] = "two \u00e9"
    db[b"gamma"] = b"x" * 700
    db[b"alpha"] = b"a longer value that still fits"
    print(len(db), sorted(db.keys()), db[b"beta"], "beta" in db, b"delta" in db)
    del db[b"gamma"]
    db.close()
    print(sorted(os.listdir(root)), dbm.whichdb(base))
    with open(base + ".dir", encoding="latin-1") as f:
        print(sorted(f.read().splitlines()))
    print(os.path.getsize(base + ".dat"))
    with dbm.dumb.open(base, "r") as ro:
        print(sorted(ro.items()))
        try:
            ro[b"new"] = b"no"
        except OSError as e:
            print(type(e).__name__, e)
    with dbm.open(base, "w") as rw:
        rw[b"beta"] = b"y" * 600
        print(len(rw[b"beta"]), len(rw))
    for bad in [(1, b"v"), (b"k", 2)]:
        with dbm.dumb.open(base) as db:
            try:
                db[bad[0]] = bad[1]
            except TypeError as e:
                print("TypeError:", e)
    with dbm.dumb.open(base, "n") as db:
        print("new", len(db))
    closed = dbm.dumb.open(base)
    closed.close()
    try:
        closed[b"k"]
    except OSError as e:
        print(type(e).__name__, e)
    try:
        dbm.dumb.open(base, "x")
    except ValueError as e:
        print("ValueError:", e)
    try:
        dbm.open(os.path.join(root, "missing"))
    except dbm.error[0] as e:
        print("dbm.error:", e)

    path = os.path.join(root, "shelf")
    with shelve.open(path) as shelf:
        shelf["numbers"] = [1, 2, 3]
        shelf["config"] = {"debug": True, "level": 3}
        shelf["numbers"].append(4)  # not written back without writeback
        print(sorted(shelf), shelf["numbers"], len(shelf), "config" in shelf, shelf.get("none", "default"))
    with shelve.open(path, writeback=True) as shelf:
        shelf["numbers"].append(4)
        del shelf["config"]
    with shelve.open(path, flag="r") as shelf:
        print(dict(shelf))
    shelf = shelve.open(path)
    shelf.close()
    try:
        shelf["numbers"]
    except ValueError as e:
        print("ValueError:", e)
    print(repr(shelf.dict))
    s = shelve.Shelf({})
    s["k"] = (1, "v")
    print(s["k"], list(s.dict))

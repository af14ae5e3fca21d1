# Connections, cursors and rows as heap objects: weak references to each die with the last
# reference (refcounting) or at gc.collect() when in a cycle, __del__ of a subclass runs; a cursor
# dropped without close() resets its statement (its read lock goes, so another connection can
# commit); a connection dropped without close() releases its file; SQLite's own memory (the page
# cache of a big database) is not traced by tracemalloc, the Python objects' is.
# collectors: generational marksweep
import gc
import os
import sqlite3
import tempfile
import tracemalloc
import weakref

class Weak(sqlite3.Connection):
    pass


class WeakRow(sqlite3.Row):
    pass


for kind, make in [("Connection", lambda: sqlite3.connect(":memory:")),
                   ("Row", lambda: row_con.execute("select 1 as a").fetchone())]:
    row_con = sqlite3.connect(":memory:")
    row_con.row_factory = sqlite3.Row
    try:
        weakref.ref(make())
    except TypeError:
        print(kind, "takes no weak references")
con = sqlite3.connect(":memory:", factory=Weak)
cur = con.execute("select 1")
row_con.row_factory = WeakRow
row = row_con.execute("select 1 as a").fetchone()
refs = [weakref.ref(o) for o in (con, cur, row)]
print([r() is not None for r in refs])
del row
print("row gone:", refs[2]() is None)
del cur
print("cursor gone:", refs[1]() is None)
del con
print("connection gone:", refs[0]() is None)
gc.collect()
print("connection gone after a collection:", refs[0]() is None)


class Tracked(sqlite3.Connection):
    def __del__(self):
        print("Tracked.__del__, in transaction:", self.in_transaction)


gc.collect()
tracked = sqlite3.connect(":memory:", factory=Tracked)
tracked.execute("create table t(x)")
tracked.execute("insert into t values (1)")
tracked.me = tracked
ref = weakref.ref(tracked)
del tracked
print("cycle alive before collect:", ref() is not None)
print("collected something:", gc.collect() > 0)
print("cycle gone:", ref() is None)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "db.sqlite")
writer = sqlite3.connect(path, timeout=0)
writer.execute("create table t(x)")
writer.executemany("insert into t values (?)", [(i,) for i in range(10)])
writer.commit()
reader = sqlite3.connect(path, timeout=0)
cur = reader.execute("select x from t")
print("reader holds a row:", cur.fetchone())
writer.execute("insert into t values (99)")
try:
    writer.commit()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
del cur
writer.commit()
print("committed after the cursor went:", writer.execute("select count(*) from t").fetchone())
reader2 = sqlite3.connect(path)
print(reader2.execute("select max(x) from t").fetchone())
del reader, reader2
writer.close()
os.remove(path)
os.rmdir(folder)
print("file removed:", not os.path.exists(path))

tracemalloc.start()
gc.collect()
before = tracemalloc.get_traced_memory()[0]
big = sqlite3.connect(":memory:")
big.execute("create table b(data)")
chunk = b"\x01" * 100_000
for i in range(20):
    big.execute("insert into b values (?)", (chunk,))
big.commit()
del chunk
after_inserts = tracemalloc.get_traced_memory()[0]
print("SQLite's 2 MB not traced:", after_inserts - before < 500_000)
values = big.execute("select data from b").fetchall()
with_rows = tracemalloc.get_traced_memory()[0]
print("the fetched bytes are traced:", with_rows - after_inserts > 1_900_000)
del values
big.close()
del big
gc.collect()
print("back near the start:", tracemalloc.get_traced_memory()[0] - before < 200_000)
tracemalloc.stop()
connections = [sqlite3.connect(":memory:", factory=Weak) for _ in range(50)]
for c in connections[:25]:
    c.execute("select 1").fetchall()
    c.close()
refs = [weakref.ref(c) for c in connections]
del connections, c
print("freed by refcounting:", sum(r() is None for r in refs))
gc.collect()
print("freed after a collection:", sum(r() is None for r in refs))

# Connection.blobopen (3.11) and the Blob object: len, read with and without a length,
# write within the blob, seek from each origin and tell, indexing and slicing (reads and writes,
# steps), the context manager, readonly blobs, and the errors of each misuse.
import os
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, data blob, txt text)")
con.execute("insert into t values (1, zeroblob(16), 'x'), (2, x'000102030405', 'y')")
con.commit()
with con.blobopen("t", "data", 1) as blob:
    print(type(blob).__name__, len(blob), blob.tell())
    blob.write(b"hello")
    print(blob.tell())
    blob.write(b" world")
    blob.seek(0)
    print(blob.read())
    blob.seek(2)
    print(blob.read(3), blob.tell())
    blob.seek(-4, os.SEEK_END)
    print(blob.read(100), blob.tell())
    blob.seek(-16, os.SEEK_CUR)
    print(blob.tell(), blob.read(0))
    print(blob[0], blob[-1], blob[0:5], blob[::4], blob[20:30], blob[3:1])
    blob[0] = ord("H")
    blob[6:11] = b"WORLD"
    blob[12:16:2] = b"!!"
    print(blob[:])
    for bad in [lambda: blob.seek(17), lambda: blob.seek(-1), lambda: blob.seek(0, 3),
                lambda: blob.write(b"x" * 17), lambda: blob[16], lambda: blob["a"],
                lambda: blob.__setitem__(0, 256), lambda: blob.__setitem__(0, b"a"),
                lambda: blob.__setitem__(slice(0, 2), b"abc"), lambda: blob.__delitem__(0)]:
        try:
            bad()
            print("no error")
        except Exception as e:
            print(type(e).__name__ + ":", e)
print(con.execute("select data from t where id = 1").fetchone())
blob = con.blobopen("t", "data", 2, readonly=True)
print(blob.read(), len(blob))
blob.seek(0)
try:
    blob.write(b"z")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
blob.close()
for action in [lambda: blob.read(), lambda: len(blob), lambda: blob.tell(), lambda: blob[0]]:
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)
for args in [("t", "data", 99), ("nosuch", "data", 1), ("t", "nosuch", 1)]:
    try:
        con.blobopen(*args)
    except sqlite3.Error as e:
        print(type(e).__name__ + ":", e)
try:
    sqlite3.Blob()
except TypeError as e:
    print("TypeError:", e)
b = con.blobopen("t", "data", 1)
con.close()
try:
    b.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

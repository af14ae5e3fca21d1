# SQLite's values both ways: None, int (the 64-bit edges and OverflowError), float, str
# (non-ASCII, astral), bytes, bytearray and memoryview as BLOBs, typeof() of each; text_factory
# str, bytes and a custom callable; TEXT that is not UTF-8.
import sqlite3

con = sqlite3.connect(":memory:")
values = [None, 0, 1, -1, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 1.5, -0.0, 1e300, float("inf"),
          "", "text", "caf\xe9", "\u4e2d\u6587", "\U0001F600", b"", b"\x00\x01\xff",
          bytearray(b"ba"), memoryview(b"mv"), True, False]
for v in values:
    row = con.execute("select ?, typeof(?)", (v, v)).fetchone()
    shown = "memoryview(b'mv')" if isinstance(v, memoryview) else repr(v)
    print(shown, "->", repr(row[0]), row[1], type(row[0]).__name__)
print(con.execute("select 9223372036854775807 + 1").fetchone())
print(con.execute("select 1e999, -1e999").fetchone())
print(con.execute("select 10 / 3, 10 / 3.0, 7 % 3").fetchone())
print(con.execute("select x'414243', cast(x'414243' as text)").fetchone())
for big in (2 ** 63, -2 ** 63 - 1, 10 ** 30):
    try:
        con.execute("select ?", (big,))
    except OverflowError as e:
        print("OverflowError:", e)

con.execute("create table t(x)")
con.execute("insert into t values ('caf\xe9'), ('plain'), (x'00ff'), (42)")
con.text_factory = bytes
print(con.execute("select x from t").fetchall())
con.text_factory = lambda b: b.decode("utf-8").upper()
print(con.execute("select x from t").fetchall())
con.text_factory = str
print(con.text_factory is str)
con.execute("insert into t values (cast(x'ff41' as text))")
try:
    con.execute("select x from t").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.text_factory = bytes
print(con.execute("select x from t where typeof(x) = 'text'").fetchall())

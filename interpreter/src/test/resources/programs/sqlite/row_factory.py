# sqlite3.Row and row factories: access by index, negative index, slice and column name
# (case-insensitive), keys(), len, iteration, equality and hashing, the IndexError messages, no
# pickling (of connections and cursors either); a
# custom row_factory on the connection and on one cursor; Row's own argument checks.
import pickle
import sqlite3
import collections.abc

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as a, 'two' as Bee, null as c").fetchone()
print(type(row).__name__, isinstance(row, collections.abc.Sequence))
print(row[0], row[1], row[-1], row[0:2], row[::-1])
print(row["a"], row["A"], row["bee"], row["BEE"], row["c"])
print(row.keys(), len(row), list(row), tuple(row), dict(zip(row.keys(), row)))
for key in ["missing", 3, -4, 1.5, None, b"a"]:
    try:
        row[key]
    except (IndexError, TypeError) as e:
        print(repr(key), type(e).__name__, e)
same = con.execute("select 1 as a, 'two' as Bee, null as c").fetchone()
other = con.execute("select 1 as x, 'two' as Bee, null as c").fetchone()
print(row == same, row != same, row == other, hash(row) == hash(same), row == (1, "two", None))
print(len({row, same, other}))
print(con.execute("select 1").fetchone().keys())
for obj in (row, con, con.cursor()):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
print(con.execute("select 2 as 'ümlaut'").fetchone()["ümlaut"])
try:
    sqlite3.Row(1, (1,))
except TypeError as e:
    print("TypeError:", e)
cur = con.cursor()
try:
    sqlite3.Row(cur, [1])
except TypeError as e:
    print("TypeError:", e)
cur.execute("select 5 as five")
r = sqlite3.Row(cur, (9,))
print(r["five"], r.keys())


def dict_factory(cursor, values):
    return {column[0]: value for column, value in zip(cursor.description, values)}


con.row_factory = dict_factory
print(con.execute("select 1 as one, 2 as two").fetchall())
cur = con.cursor()
print(cur.row_factory is dict_factory)
cur.row_factory = lambda cursor, values: values[::-1]
print(cur.execute("select 1, 2, 3").fetchone())
print(con.execute("select 1, 2, 3").fetchone())
Point = collections.namedtuple("Point", "x y")
con.row_factory = lambda cursor, values: Point(*values)
print(con.execute("select 3, 4").fetchall())
con.row_factory = None
print(con.execute("select 3, 4").fetchall())

# Adapters and converters: register_adapter for a class, __conform__, adapt() itself, the
# default date/datetime adapters (3.11: no DeprecationWarning), register_converter with
# PARSE_DECLTYPES (the declared type's first word) and PARSE_COLNAMES ("name [type]", which also
# shortens the column's name in description), converters given bytes, NULL never converted.
import datetime
import sqlite3
import warnings

warnings.simplefilter("error")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f"{self.degrees}C"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(b):
    print("  converter got", type(b).__name__, b)
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print(sorted(k for k in sqlite3.converters))
print(sqlite3.adapt(Point(1, 2)), sqlite3.adapt(Celsius(5)), sqlite3.adapt(3, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table t(p point, q POINT(10) not null default '0;0', d date, ts timestamp, c text)")
con.execute("insert into t values (?, ?, ?, ?, ?)",
            (Point(4, -3.5), Point(1, 1), datetime.date(2024, 2, 29),
             datetime.datetime(2024, 2, 29, 13, 45, 6, 789), Celsius(21)))
con.execute("insert into t(p, d, ts, c) values (null, null, '2001-01-01 00:00:00', null)")
for row in con.execute("select * from t"):
    print(row)
cur = con.execute('select p as "p [text]", \'5;6\' as "c [point]", 1 as "plain", d as "d [date]" from t limit 1')
print([d[0] for d in cur.description])
print(cur.fetchall())

plain = sqlite3.connect(":memory:")
plain.execute("create table t(p point, d date)")
plain.execute("insert into t values (?, ?)", (Point(0, 0), datetime.date(1999, 12, 31)))
print(plain.execute("select p, d, typeof(d) from t").fetchall())
print(plain.execute('select p as "p [point]" from t').description)

names = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(names.execute('select \'7;8\' as "x [point]"').fetchone())
print(names.execute('select \'7;8\' as "[point] x"').description)
decl = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
print(decl.execute('select \'7;8\' as "x [point]"').fetchone())
sqlite3.register_converter("Upper", lambda b: b.decode().upper())
decl.execute("create table u(a UPPER, b upper)")
decl.execute("insert into u values ('abc', 'def')")
print(decl.execute("select * from u").fetchone())
try:
    sqlite3.register_converter(1, str)
except TypeError as e:
    print("TypeError:", e)
sqlite3.register_adapter(int, lambda i: i * 100)
print(con.execute("select ?", (3,)).fetchone())

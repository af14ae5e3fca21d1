# Whole databases: Connection.backup (to another connection, by pages with a progress callback,
# a named schema, its argument errors), serialize/deserialize (3.11; bytes SQLite wrote read back
# into another connection, a bad image), getlimit/setlimit, iterdump and executescript.
import sqlite3

src = sqlite3.connect(":memory:")
src.executescript("""
    create table items(id integer primary key autoincrement, name text not null, price real);
    create index items_name on items(name);
    create view cheap as select * from items where price < 2;
    create trigger items_log after insert on items begin select 1; end;
    insert into items(name, price) values ('apple', 1.5), ('pear', 2.25), ('it''s', null);
    create table blobs(b blob);
    insert into blobs values (x'00ff10');
""")
print(src.in_transaction)
dst = sqlite3.connect(":memory:")
steps = []
src.backup(dst, pages=1, progress=lambda status, remaining, total: steps.append((status, remaining, total)))
print(len(steps) > 1, steps[-1][0], steps[-1][1], steps[-1][1] == 0)
print(dst.execute("select * from items order by id").fetchall())
print(dst.execute("select * from cheap").fetchall())
again = sqlite3.connect(":memory:")
src.backup(again)
print(again.execute("select count(*) from items").fetchone())
for kwargs in [{"target": src}, {"target": 5}, {"target": dst, "progress": 5}, {"target": dst, "name": "nosuch"}]:
    try:
        target = kwargs.pop("target")
        src.backup(target, **kwargs)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

image = src.serialize()
print(type(image).__name__, len(image) % 512, image[:16])
copy = sqlite3.connect(":memory:")
copy.deserialize(image)
print(copy.execute("select name from items order by name").fetchall())
copy.execute("insert into items(name) values ('new')")
copy.commit()
print(copy.execute("select count(*) from items").fetchone(), src.execute("select count(*) from items").fetchone())
try:
    copy.deserialize(b"not a database at all" * 30)
    copy.execute("select * from items")
except sqlite3.DatabaseError as e:
    print(type(e).__name__ + ":", e)
try:
    src.serialize(name="nosuch")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)

print(src.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
old = src.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100)
print(old > 100, src.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH))
try:
    src.execute("select '" + "x" * 200 + "'")
except sqlite3.DataError as e:
    print("DataError:", e)
src.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, old)
columns = src.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, 2)
try:
    src.execute("select 1, 2, 3")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
src.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, columns)
for bad in [99, -1]:
    try:
        src.getlimit(bad)
    except sqlite3.ProgrammingError as e:
        print("ProgrammingError:", e)

for line in src.iterdump():
    print(line)
print(sqlite3.connect(":memory:").executescript("select 1; select 2;").fetchall())
try:
    src.executescript("create table z(a); insert into nosuch values (1); create table y(b);")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
print(src.execute("select name from sqlite_master where name in ('z', 'y')").fetchall())
try:
    src.executescript(5)
except TypeError as e:
    print("TypeError:", e)

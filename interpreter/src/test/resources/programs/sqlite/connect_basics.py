# sqlite3's module attributes and a connection's basic round trip: connect(":memory:"), execute,
# the cursor's description, rowcount, lastrowid, arraysize, fetchone/fetchmany/fetchall and
# iteration, executemany, close.
import sqlite3

print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety)
print(sqlite3.version, sqlite3.version_info)
print(sqlite3.sqlite_version, sqlite3.sqlite_version_info)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_SELECT,
      sqlite3.SQLITE_INSERT, sqlite3.SQLITE_READ, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_LIMIT_SQL_LENGTH)
print(sqlite3.Connection, sqlite3.Cursor, sqlite3.Row, sqlite3.Blob, sqlite3.PrepareProtocol)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("create table t(a); insert into"))

con = sqlite3.connect(":memory:")
print(type(con).__name__, isinstance(con, sqlite3.Connection))
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.rowcount, cur.lastrowid, cur.description)
cur.execute("create table people(id integer primary key, name text, age integer, score real)")
print("create:", cur.rowcount, cur.lastrowid, cur.description)
cur.execute("insert into people(name, age, score) values ('ann', 31, 4.5)")
print("insert:", cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age, score) values (?, ?, ?)",
                [("bob", 25, 3.25), ("cid", 40, None), ("dee", 19, 5.0)])
print("executemany:", cur.rowcount, cur.lastrowid)
cur.execute("select id, name, age, score from people order by id")
print(cur.description)
print("rowcount of select:", cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
cur.arraysize = 5
print(cur.fetchmany())
print(cur.fetchall(), cur.fetchone())
for row in con.execute("select name, age * 2 as doubled from people where age > ?", (20,)):
    print(row)
print(con.execute("select count(*), sum(age), avg(score) from people").fetchone())
print(con.execute("update people set age = age + 1 where age < 30").rowcount)
print(con.execute("delete from people where name = 'zzz'").rowcount)
print(con.execute("select 1 union all select 2").fetchmany(10))
print(con.execute("select name from people where id = 99").fetchone())
print(con.execute("").fetchall(), con.execute("-- only a comment").description)
print(con.execute("select 1 as a -- trailing\n ; /* and more */").fetchall())
print(con.total_changes)
cur.close()
con.close()
con.close()
print("closed twice without error")

# sqlite3's per-row costs: 20,000 rows inserted by executemany from a generator, read back by
# iterating a cursor, and a user function called once per row (see bench/README.md).
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, name text, value real)")
con.executemany("insert into t(name, value) values (?, ?)", ((f"n{i}", i * 0.5) for i in range(20000)))
con.commit()
total = 0
for row in con.execute("select id, name, value from t"):
    total += row[0]
con.create_function("twice", 1, lambda v: v * 2)
s = con.execute("select sum(twice(value)) from t").fetchone()[0]
print(total, s)

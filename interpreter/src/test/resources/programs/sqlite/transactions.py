# Transactions as CPython 3.11 drives them: the implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE
# (not before SELECT or DDL), isolation_level's values and checks, in_transaction, commit and
# rollback, autocommit with isolation_level None, the connection as a context manager (commit or
# rollback, never close), total_changes.
import sqlite3

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction, con.total_changes)
con.execute("create table t(x)")
print("after DDL:", con.in_transaction)
con.execute("select * from t")
print("after SELECT:", con.in_transaction)
con.execute("insert into t values (1)")
print("after INSERT:", con.in_transaction, con.total_changes)
con.rollback()
print("rolled back:", con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("  /* comment */ insert into t values (2)")
print("comment then INSERT:", con.in_transaction)
con.commit()
print("committed:", con.execute("select * from t").fetchall(), con.in_transaction)
for sql in ["replace into t values (3)", "update t set x = x + 10", "delete from t where x = 0",
            "with q as (select 1) insert into t select * from q"]:
    con.execute(sql)
    print(sql.split()[0], con.in_transaction)
    con.commit()

for level in ["DEFERRED", "immediate", "Exclusive", ""]:
    con.isolation_level = level
    con.execute("insert into t values (5)")
    print(repr(level), repr(con.isolation_level), con.in_transaction)
    con.commit()
for bad in ["foo", 1, b"DEFERRED"]:
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    sqlite3.connect(":memory:", isolation_level="bogus")
except ValueError as e:
    print("connect:", e)

con.execute("insert into t values (6)")
print("pending:", con.in_transaction)
con.isolation_level = None
print("set None commits:", con.in_transaction, repr(con.isolation_level))
con.execute("insert into t values (7)")
print("autocommit insert:", con.in_transaction)
con.execute("begin")
con.execute("insert into t values (8)")
print("explicit begin:", con.in_transaction)
con.rollback()
print(con.execute("select count(*) from t").fetchone())
con.isolation_level = ""

with con:
    con.execute("insert into t values (100)")
    print("inside with:", con.in_transaction)
print("after with:", con.in_transaction, con.execute("select max(x) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (200)")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("raised", e, con.execute("select max(x) from t").fetchone(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (300)")
        con.execute("insert into nosuch values (1)")
except sqlite3.OperationalError as e:
    print("failed:", e, con.execute("select max(x) from t").fetchone())
with con as same:
    print("with gives the connection:", same is con)
print("still open:", con.execute("select 1").fetchone())
print(con.total_changes)

other = sqlite3.connect(":memory:", isolation_level=None)
print(repr(other.isolation_level))
other.execute("create table u(y)")
other.execute("insert into u values (1)")
print(other.in_transaction)
other.commit()
other.rollback()
print("commit and rollback without a transaction do nothing")

# sqlite3's exceptions: the DB-API hierarchy, 3.11's sqlite_errorcode/sqlite_errorname, and the
# messages of SQLite's errors and of the module's own checks (closed objects, the wrong thread,
# cursors used before __init__, recursive use).
import sqlite3
import threading

con0 = sqlite3.connect(":memory:")
for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__, getattr(con0, name) is cls)

con = sqlite3.connect(":memory:")
con.execute("create table t(a integer primary key, b text unique not null, c check (c > 0))")
con.execute("create table child(x references t(a))")
con.execute("pragma foreign_keys = on")
con.execute("insert into t values (1, 'one', 1)")


def attempt(sql, params=()):
    try:
        con.execute(sql, params).fetchall()
        print("ok:", sql)
    except sqlite3.Error as e:
        print(f"{type(e).__name__}: {e} [{getattr(e, 'sqlite_errorcode', None)} "
              f"{getattr(e, 'sqlite_errorname', None)}]")


attempt("select * from nosuch")
attempt("select nosuch from t")
attempt("selec 1")
attempt("insert into t values (1, 'x', 1)")
attempt("insert into t values (2, 'one', 1)")
attempt("insert into t values (3, null, 1)")
attempt("insert into t values (4, 'four', -1)")
attempt("insert into child values (99)")
attempt("insert into t values ('a', 'b', 1)")
attempt("create table t(z)")
attempt("select abs(-9223372036854775808)")
attempt("select * from t where a = ?", (1,))
attempt("select zeroblob(2000000000)")
attempt("select json('{bad')")
attempt("select 1 from t group by")
attempt("drop table nosuch")
attempt("attach ':memory:' as main")

print("in transaction after failed DML:", con.in_transaction)
con.commit()
con.execute("begin")
attempt("begin")
con.rollback()
e = sqlite3.OperationalError("by hand")
print(hasattr(e, "sqlite_errorcode"), str(e))

cur = con.cursor()
cur.close()
try:
    cur.execute("select 1")
except sqlite3.ProgrammingError as e:
    print("closed cursor:", e)
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print("closed cursor fetch:", e)


class Lazy(sqlite3.Cursor):
    def __init__(self, connection):
        pass


try:
    con.cursor(Lazy).execute("select 1")
except sqlite3.ProgrammingError as e:
    print("lazy cursor:", e)

errors = []


def in_thread():
    try:
        con.execute("select 1")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).split(". The object")[0])


t = threading.Thread(target=in_thread)
t.start()
t.join()
print("thread:", errors)

shared = sqlite3.connect(":memory:", check_same_thread=False)
results = []
t = threading.Thread(target=lambda: results.append(shared.execute("select 41 + 1").fetchone()))
t.start()
t.join()
print("shared:", results)
shared.close()

con.close()
for action in [lambda: con.execute("select 1"), lambda: con.cursor(), lambda: con.commit(),
               lambda: con.total_changes, lambda: con.in_transaction, lambda: con.create_function("f", 0, len),
               lambda: cur.fetchall()]:
    try:
        action()
        print("no error")
    except sqlite3.ProgrammingError as e:
        print("closed:", e)
try:
    sqlite3.connect("/nonexistent/dir/db.sqlite")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)

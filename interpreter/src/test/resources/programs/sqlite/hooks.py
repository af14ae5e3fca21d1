# The connection's hooks: set_authorizer (the action codes and arguments SQLite passes, SQLITE_OK,
# SQLITE_IGNORE reading NULL, SQLITE_DENY refusing, bad answers), set_progress_handler (counting
# and aborting with "interrupted"), set_trace_callback (the expanded SQL of each statement, also
# the implicit BEGIN and COMMIT), and their removal with None; exceptions inside them.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(a, secret)")
con.execute("insert into t values (1, 'hidden')")
con.commit()
seen = []


def authorizer(action, arg1, arg2, dbname, source):
    seen.append((action, arg1, arg2, dbname, source))
    if arg2 == "secret" and action == sqlite3.SQLITE_READ:
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_DELETE:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


con.set_authorizer(authorizer)
print(con.execute("select a, secret from t").fetchall())
for entry in seen:
    print(" ", entry)
try:
    con.execute("delete from t")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
for answer in [None, "x", 2 ** 40, sqlite3.SQLITE_DENY]:
    con.set_authorizer(lambda *args, answer=answer: answer)
    try:
        print(repr(answer), con.execute("select 1").fetchall())
    except sqlite3.DatabaseError as e:
        print(repr(answer), type(e).__name__, e)
con.set_authorizer(None)
print("no authorizer:", con.execute("select a, secret from t").fetchall())

calls = []
con.set_progress_handler(lambda: calls.append(1), 1)
con.execute("select count(*) from (with recursive c(x) as (select 1 union all select x + 1 from c where x < 50) select x from c)").fetchall()
print("progress called:", len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select 1").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorname)
con.set_progress_handler(None, 1)
print(con.execute("select 2").fetchall())

statements = []
con.set_trace_callback(statements.append)
con.execute("insert into t values (?, ?)", (2, "it's"))
con.execute("select * from t where a = ?", (2,)).fetchall()
con.commit()
con.executescript("create table u(x); insert into u values (1.5);")
con.set_trace_callback(None)
con.execute("select 3")
for s in statements:
    print("trace:", s)

sqlite3.enable_callback_tracebacks(True)


def bad_authorizer(*args):
    raise ValueError("authorizer failed")


con.set_authorizer(bad_authorizer)
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
con.set_progress_handler(lambda: 1 / 0, 1)
try:
    con.execute("select 1").fetchall()
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.set_progress_handler(None, 0)


def bad_trace(sql):
    raise KeyError(sql)


con.set_trace_callback(bad_trace)
print(con.execute("select 4").fetchall())
con.set_trace_callback(None)

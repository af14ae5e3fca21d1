# Parameter binding: qmark and named styles, sequences and mappings of every kind, executemany
# over lists, iterators and generators, and the binding errors' exact messages.
import sqlite3
import collections
import collections.abc

con = sqlite3.connect(":memory:")
con.execute("create table t(a, b)")
print(con.execute("select ?, ?", (1, "x")).fetchone())
print(con.execute("select ?, ?", [2, "y"]).fetchone())
print(con.execute("select :first, :second", {"first": 3, "second": "z"}).fetchone())
print(con.execute("select :a, :a, :b", {"a": 1, "b": 2, "unused": 3}).fetchone())
print(con.execute("select ?1, ?2, ?1", (7, 8)).fetchone())
print(con.execute("select $x, @y", {"x": "dollar", "y": "at"}).fetchone())
print(con.execute("select :a", (5,)).fetchone())


class Mapping(dict):
    def __missing__(self, key):
        return "missing " + key


print(con.execute("select :k", Mapping()).fetchone())
print(con.execute("select :k", collections.OrderedDict(k=9)).fetchone())


class Positional(collections.abc.Mapping):
    # not a dict: bound as a sequence, by position, as CPython's PySequence_Check decides
    def __getitem__(self, index):
        return f"item {index}"

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(["k"])


print(con.execute("select :k", Positional()).fetchone())
print(con.execute("select $k", {"k": "dollar by name"}).fetchone())

con.executemany("insert into t values (?, ?)", [(1, 2), (3, 4)])
con.executemany("insert into t values (?, ?)", iter([(5, 6)]))
con.executemany("insert into t values (?, ?)", ((i, i * i) for i in range(7, 10)))
con.executemany("insert into t values (:a, :b)", [{"a": 10, "b": 11}])
print(con.execute("select * from t order by a").fetchall())
cur = con.executemany("update t set b = 0 where a = ?", [(1,), (3,), (100,)])
print("rowcount", cur.rowcount)


def attempt(label, *args, method="execute"):
    try:
        result = getattr(con, method)(*args)
        print(label, "->", result.fetchall())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("too few", "select ?, ?", (1,))
attempt("too many", "select ?", (1, 2))
attempt("none given", "select ?")
attempt("missing name", "select :a", {"b": 1})
attempt("dict for qmark", "select ?", {"a": 1})
attempt("bad type", "select ?", ([],))
attempt("bad type 2", "select ?, ?", (1, {}))
attempt("big int", "select ?", (2 ** 63,))
attempt("small int", "select ?", (-2 ** 63,))
attempt("set params", "select ?", {1})
attempt("int params", "select 1", 5)
attempt("str params", "select ?", "a")
attempt("UserDict params", "select :a", collections.UserDict(a=1))
attempt("no len", "select ?", type("NoLen", (), {"__getitem__": lambda self, i: i})())
attempt("missing $name", "select $gone", {})
attempt("not str sql", 42)
attempt("nul", "select 1\x00")
attempt("two statements", "select 1; select 2")
attempt("many select", "select ?", [(1,)], method="executemany")
attempt("many bad seq", "insert into t values (?, ?)", 5, method="executemany")
attempt("many too few", "insert into t values (?, ?)", [(1, 2), (3,)], method="executemany")
print(con.execute("select count(*) from t").fetchone())

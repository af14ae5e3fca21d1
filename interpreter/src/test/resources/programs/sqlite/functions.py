# User functions: create_function (arities, deterministic, results of every type, replacing and
# removing), create_aggregate, create_window_function (value/inverse over a frame),
# create_collation; errors raised inside them and the messages SQLite reports, with
# enable_callback_tracebacks off and on (the tracebacks go to stderr).
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(x, s)")
con.executemany("insert into t values (?, ?)", [(1, "b"), (2, "A"), (3, "c"), (4, "a"), (5, "B")])

con.create_function("double", 1, lambda v: v * 2)
con.create_function("nargs", -1, lambda *a: len(a))
con.create_function("kinds", 1, lambda v: type(v).__name__)
con.create_function("const", 0, lambda: 42, deterministic=True)
print(con.execute("select double(x), double(s) from t order by x").fetchall())
print(con.execute("select nargs(), nargs(1), nargs(1, 2, 3)").fetchone())
print(con.execute("select kinds(1), kinds(1.5), kinds('s'), kinds(x'00'), kinds(null)").fetchone())
print(con.execute("select const()").fetchone())
con.execute("create index idx on t(const())")
print("deterministic function allowed in an index")
for value in [None, 7, 2.5, "str", b"bytes", bytearray(b"ba"), True, 2 ** 63 - 1]:
    con.create_function("give", 0, lambda value=value: value)
    print(repr(value), "->", con.execute("select give(), typeof(give())").fetchone())
try:
    con.execute("select nargs(1)").fetchone()
    con.create_function("nargs", -1, None)
    con.execute("select nargs(1)").fetchone()
except sqlite3.OperationalError as e:
    print("removed:", e)
try:
    con.execute("select double()").fetchone()
except sqlite3.OperationalError as e:
    print("arity:", e)


class Total:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def finalize(self):
        return self.total


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, *values):
        self.parts.append("".join(map(str, values)))

    def finalize(self):
        return "|".join(self.parts)


con.create_aggregate("total", 1, Total)
con.create_aggregate("concat", -1, Concat)
print(con.execute("select total(x), concat(s), concat(x, s) from t").fetchone())
print(con.execute("select x % 2, total(x) from t group by x % 2 order by 1").fetchall())
print(con.execute("select total(x) from t where x > 100").fetchone())


class Window:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def inverse(self, value):
        self.total -= value

    def value(self):
        return self.total

    def finalize(self):
        return self.total


con.create_window_function("winsum", 1, Window)
print(con.execute("select x, winsum(x) over (order by x rows between 1 preceding and 1 following) "
                  "from t order by x").fetchall())


def reverse(a, b):
    return (a < b) - (a > b)


con.create_collation("reverse", reverse)
con.create_collation("nocase_py", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
print(con.execute("select s from t order by s collate reverse").fetchall())
print(con.execute("select s from t order by s collate nocase_py, s").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select s from t order by s collate reverse").fetchall()
except sqlite3.OperationalError as e:
    print("collation removed:", e)
try:
    con.create_collation("bad", 5)
except TypeError as e:
    print("TypeError:", e)


def broken(v):
    return 1 / v


class BadStep(Total):
    def step(self, value):
        raise ValueError("step failed")


class BadInit:
    def __init__(self):
        raise ValueError("init failed")


class BadFinal(Total):
    def finalize(self):
        raise KeyError("finalize failed")


con.create_function("broken", 1, broken)
con.create_function("huge", 0, lambda: 2 ** 64)
con.create_function("listy", 0, lambda: [1])
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badinit", 1, BadInit)
con.create_aggregate("badfinal", 1, BadFinal)


def run_all():
    for sql in ["select broken(0)", "select huge()", "select listy()", "select badstep(x) from t",
                "select badinit(x) from t", "select badfinal(x) from t", "select broken(2)"]:
        try:
            print(sql, "->", con.execute(sql).fetchall())
        except sqlite3.Error as e:
            print(sql, "->", type(e).__name__ + ":", e)


run_all()
sqlite3.enable_callback_tracebacks(True)
run_all()
sqlite3.enable_callback_tracebacks(False)

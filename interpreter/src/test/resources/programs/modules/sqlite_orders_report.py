# An orders report on sqlite3 in memory: executescript, executemany with qmark and named
# parameters, row_factory sqlite3.Row (keys, index by name), aggregates with GROUP BY, a user
# function and aggregate, transactions with commit/rollback and the context manager, constraint
# errors (IntegrityError messages), OperationalError for bad SQL, cursor description/rowcount/
# lastrowid, adapters and converters for Decimal, iterdump.
import sqlite3
from decimal import Decimal

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
sqlite3.register_adapter(Decimal, str)
sqlite3.register_converter("DECIMAL", lambda b: Decimal(b.decode()))
con.executescript("""
CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER REFERENCES customer(id), amount DECIMAL, placed TEXT);
""")
cur = con.executemany("INSERT INTO customer (name, country) VALUES (?, ?)", [("Ann", "DE"), ("Bob", "FR"), ("Cy", "DE"), ("Di", None)])
print(cur.rowcount, cur.lastrowid)
orders = [{"c": 1, "a": Decimal("19.99"), "d": "2026-11-01"}, {"c": 1, "a": Decimal("5.01"), "d": "2026-11-15"},
          {"c": 2, "a": Decimal("100.00"), "d": "2026-12-01"}, {"c": 3, "a": Decimal("0.10"), "d": "2026-12-02"}]
con.executemany("INSERT INTO orders (customer_id, amount, placed) VALUES (:c, :a, :d)", orders)
con.commit()
con.row_factory = sqlite3.Row
rows = con.execute("SELECT c.name, c.country, COUNT(o.id) AS n, SUM(o.amount) AS total FROM customer c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY total DESC NULLS LAST").fetchall()
for r in rows:
    print(r["name"], r[1], r["n"], r["total"], r.keys())
print(type(rows[0]).__name__, tuple(rows[0]), dict(rows[0]))
row = con.execute("SELECT amount, typeof(amount) FROM orders WHERE id = ?", (1,)).fetchone()
print(repr(row[0]), row[1])
con.row_factory = None
con.create_function("vat", 2, lambda amount, rate: round(float(amount) * (1 + rate), 2), deterministic=True)
print(con.execute("SELECT id, vat(amount, 0.19) FROM orders ORDER BY id").fetchall())
class Spread:
    def __init__(self):
        self.vals = []
    def step(self, v):
        self.vals.append(float(v))
    def finalize(self):
        return max(self.vals) - min(self.vals) if self.vals else None
con.create_aggregate("spread", 1, Spread)
print(con.execute("SELECT customer_id, spread(amount) FROM orders GROUP BY customer_id").fetchall())
cur = con.execute("SELECT id, name FROM customer WHERE country = ?", ("DE",))
print([d[0] for d in cur.description], cur.fetchmany(1), cur.fetchall(), cur.rowcount)
for sql, params in [("INSERT INTO customer (name) VALUES (?)", ("Ann",)), ("INSERT INTO customer (id, name) VALUES (1, 'X')", ()),
                    ("INSERT INTO customer (country) VALUES ('US')", ()), ("SELEC * FROM customer", ()), ("SELECT nope FROM customer", ()),
                    ("SELECT * FROM missing", ()), ("SELECT ?", (1, 2)), ("SELECT :x", {"y": 1})]:
    try:
        con.execute(sql, params)
    except sqlite3.Error as e:
        print(type(e).__name__, e, getattr(e, "sqlite_errorname", None))
try:
    with con:
        con.execute("UPDATE orders SET amount = '0' WHERE customer_id = 1")
        raise RuntimeError("abort")
except RuntimeError:
    pass
print(con.execute("SELECT amount FROM orders WHERE customer_id = 1").fetchall(), con.in_transaction)
con.execute("DELETE FROM orders WHERE id = 4")
print(con.in_transaction, con.total_changes)
con.rollback()
print(con.execute("SELECT COUNT(*) FROM orders").fetchone(), con.in_transaction)
print(con.execute("SELECT 1 + 1, 'a' || 'b', NULL, 2.5, x'0102', 7 / 2, 7 / 2.0").fetchone())
print(con.execute("SELECT group_concat(name, '|') FROM customer").fetchone(), con.execute("SELECT upper(name), length(name) FROM customer LIMIT 2").fetchall())
for line in list(con.iterdump())[:6]:
    print(line)
try:
    con.execute("SELECT ?", (object(),))
except sqlite3.Error as e:
    print(type(e).__name__, str(e).split(" - ")[0])
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.apilevel, issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError))

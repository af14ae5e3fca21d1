# A small ledger in an in-memory sqlite3 database: schema with constraints and a foreign key,
# executemany with named parameters, row_factory = sqlite3.Row, aggregate queries with GROUP BY
# and HAVING, a window function, a user-defined function and aggregate, transactions with the
# connection as context manager (commit and rollback), IntegrityError messages, adapters for
# Decimal, iterdump, and an OperationalError left uncaught.
import sqlite3
from decimal import Decimal

sqlite3.register_adapter(Decimal, str)
con = sqlite3.connect(":memory:")
con.execute("PRAGMA foreign_keys = ON")
con.executescript("""
CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id),
    day TEXT NOT NULL,
    amount TEXT NOT NULL CHECK (CAST(amount AS REAL) <> 0),
    memo TEXT
);
""")
con.executemany("INSERT INTO account (name) VALUES (?)", [("cash",), ("bank",), ("card",)])
rows = [
    {"acc": 1, "day": "2024-03-01", "amt": Decimal("-12.50"), "memo": "lunch"},
    {"acc": 2, "day": "2024-03-01", "amt": Decimal("2500.00"), "memo": "salary"},
    {"acc": 2, "day": "2024-03-03", "amt": Decimal("-800.00"), "memo": "rent"},
    {"acc": 3, "day": "2024-03-04", "amt": Decimal("-59.99"), "memo": "shoes"},
    {"acc": 1, "day": "2024-03-05", "amt": Decimal("-4.20"), "memo": None},
    {"acc": 3, "day": "2024-03-06", "amt": Decimal("-20.01"), "memo": "books"},
]
with con:
    con.executemany("INSERT INTO entry (account_id, day, amount, memo) VALUES (:acc, :day, :amt, :memo)", rows)
con.row_factory = sqlite3.Row
cur = con.execute("SELECT a.name, COUNT(*) AS n, SUM(CAST(e.amount AS REAL)) AS total "
                  "FROM entry e JOIN account a ON a.id = e.account_id GROUP BY a.name HAVING n > 1 ORDER BY a.name")
print([d[0] for d in cur.description])
for r in cur:
    print(f"{r['name']:5} {r['n']} {r['total']:10.2f}", tuple(r.keys()))
for r in con.execute("SELECT day, amount, SUM(CAST(amount AS REAL)) OVER (ORDER BY day, id) AS running FROM entry"):
    print(r["day"], r["amount"], round(r["running"], 2))

con.create_function("cents", 1, lambda s: int(Decimal(s) * 100), deterministic=True)
class Median:
    def __init__(self):
        self.values = []
    def step(self, v):
        self.values.append(v)
    def finalize(self):
        v = sorted(self.values)
        return v[len(v) // 2] if v else None
con.create_aggregate("median_cents", 1, Median)
print(tuple(con.execute("SELECT SUM(cents(amount)), median_cents(cents(amount)), typeof(amount) FROM entry").fetchone()))
print(con.execute("SELECT memo FROM entry WHERE memo IS NULL OR memo LIKE 'b%' ORDER BY id").fetchall()[0].keys())

for sql, params in [("INSERT INTO account (name) VALUES (?)", ("cash",)),
                    ("INSERT INTO entry (account_id, day, amount) VALUES (?, ?, ?)", (99, "2024-03-07", "1")),
                    ("INSERT INTO entry (account_id, day, amount) VALUES (?, ?, ?)", (1, "2024-03-07", "0")),
                    ("INSERT INTO account (name) VALUES (?)", (None,))]:
    try:
        with con:
            con.execute(sql, params)
    except sqlite3.IntegrityError as e:
        print("IntegrityError:", e)
try:
    with con:
        con.execute("UPDATE entry SET memo = 'changed'")
        raise RuntimeError("abort")
except RuntimeError:
    pass
print(con.execute("SELECT COUNT(*) FROM entry WHERE memo = 'changed'").fetchone()[0], con.in_transaction, con.total_changes)
con.row_factory = None
dump = list(con.iterdump())
print(len(dump), dump[0], dump[-1])
try:
    con.execute("SELECT * FROM entry WHERE", ())
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELECT ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.execute("SELECT nosuchcolumn FROM account")

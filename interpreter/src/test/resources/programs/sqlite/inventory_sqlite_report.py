# A stock report from sqlite3: schema with CHECK and DEFAULT, executemany from a generator,
# window functions (rank, running sum), a CTE, date functions on fixed dates, a user aggregate,
# an adapter/converter pair for Decimal, iterdump lines, and a rollback after an error.
import sqlite3
from decimal import Decimal

sqlite3.register_adapter(Decimal, str)
sqlite3.register_converter("DECIMAL", lambda b: Decimal(b.decode()))
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("""CREATE TABLE stock(
    sku TEXT PRIMARY KEY, category TEXT NOT NULL, qty INTEGER CHECK (qty >= 0) DEFAULT 0,
    price DECIMAL NOT NULL, added TEXT DEFAULT '2024-01-01')""")
rows = (("A%02d" % i, "tools" if i % 3 else "parts", i * 7 % 23, Decimal("1.05") * i, f"2024-0{1 + i % 3}-1{i % 9}")
        for i in range(1, 11))
con.executemany("INSERT INTO stock VALUES (?, ?, ?, ?, ?)", rows)
con.commit()
print(con.execute("SELECT count(*), sum(qty), typeof(price) FROM stock").fetchone())
r = con.execute("SELECT sku, price FROM stock WHERE sku = 'A03'").fetchone()
print(r, type(r[1]).__name__)
q = """SELECT sku, category, qty,
          rank() OVER (PARTITION BY category ORDER BY qty DESC) AS rk,
          sum(qty) OVER (PARTITION BY category ORDER BY sku ROWS UNBOUNDED PRECEDING) AS running
       FROM stock ORDER BY category, rk, sku"""
cur = con.execute(q)
print([d[0] for d in cur.description])
for row in cur:
    print("  ", row)
q2 = """WITH totals AS (SELECT category, sum(qty * price) AS value FROM stock GROUP BY category)
        SELECT category, round(value, 2), printf('%.1f%%', 100.0 * value / (SELECT sum(value) FROM totals))
        FROM totals ORDER BY value DESC"""
print(con.execute(q2).fetchall())
print(con.execute("SELECT date('2024-02-28', '+1 day'), strftime('%W', '2024-03-10'), julianday('2024-03-01') - julianday('2024-01-01'), date('2024-01-31', '+1 month')").fetchone())
class Spread:
    def __init__(self): self.lo, self.hi = None, None
    def step(self, v):
        self.lo = v if self.lo is None else min(self.lo, v)
        self.hi = v if self.hi is None else max(self.hi, v)
    def finalize(self): return None if self.lo is None else self.hi - self.lo
con.create_aggregate("spread", 1, Spread)
print(con.execute("SELECT category, spread(qty) FROM stock GROUP BY category ORDER BY 1").fetchall())
try:
    con.execute("UPDATE stock SET qty = qty - 10 WHERE sku = 'A01'")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
con.execute("UPDATE stock SET qty = 0 WHERE category = 'parts'")
print(con.in_transaction, con.total_changes)
con.rollback()
print(con.execute("SELECT sum(qty) FROM stock WHERE category = 'parts'").fetchone(), con.in_transaction)
dump = list(con.iterdump())
print(len(dump), dump[0], dump[1][:60], dump[-1])
cur = con.cursor()
cur.execute("INSERT INTO stock(sku, category, price) VALUES ('Z9', 'misc', '0.50')")
print(cur.lastrowid, cur.rowcount, con.execute("SELECT qty, added FROM stock WHERE sku='Z9'").fetchone())
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"), sqlite3.paramstyle, sqlite3.threadsafety in (1, 3))
con.execute("INSERT INTO stock(sku, category, price) VALUES ('A01', 'dup', 1)")

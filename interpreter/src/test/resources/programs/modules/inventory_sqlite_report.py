# A small shop database in sqlite3 (in memory): schema with constraints, executemany, joins and GROUP BY, a transaction rolled back by an IntegrityError, row_factory Row, a report printed
import sqlite3
from decimal import Decimal

con = sqlite3.connect(":memory:")
con.executescript("""
CREATE TABLE product(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, price_cents INTEGER CHECK(price_cents >= 0));
CREATE TABLE sale(id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES product(id), qty INTEGER, day TEXT);
""")
con.executemany("INSERT INTO product(name, price_cents) VALUES (?, ?)",
                [("apple", 45), ("bread", 250), ("cheese", 799), ("dates", 1299)])
sales = [(1, 10, "2024-05-01"), (2, 2, "2024-05-01"), (1, 4, "2024-05-02"), (3, 1, "2024-05-02"), (2, 1, "2024-05-03"),
         (4, 3, "2024-05-03"), (1, 7, "2024-05-03")]
con.executemany("INSERT INTO sale(product_id, qty, day) VALUES (?, ?, ?)", sales)
con.commit()
con.row_factory = sqlite3.Row
rows = con.execute("""
    SELECT p.name, SUM(s.qty) AS units, SUM(s.qty * p.price_cents) AS cents
    FROM sale s JOIN product p ON p.id = s.product_id
    GROUP BY p.name ORDER BY cents DESC""").fetchall()
print(rows[0].keys())
for r in rows:
    print(f"{r['name']:8} {r['units']:3} {Decimal(r['cents']) / 100:>8}")
daily = con.execute("SELECT day, COUNT(*), SUM(qty) FROM sale GROUP BY day HAVING SUM(qty) > 3 ORDER BY day").fetchall()
print([tuple(r) for r in daily])
try:
    with con:
        con.execute("UPDATE product SET price_cents = price_cents + 10")
        con.execute("INSERT INTO product(name, price_cents) VALUES ('apple', 1)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print("apple still:", con.execute("SELECT price_cents FROM product WHERE name='apple'").fetchone()[0])
try:
    con.execute("INSERT INTO product(name, price_cents) VALUES ('negative', -5)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    con.execute("SELEC 1")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELECT * FROM sale WHERE id = ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
cur = con.execute("DELETE FROM sale WHERE qty < ?", (2,))
print("deleted:", cur.rowcount, "left:", con.execute("SELECT COUNT(*) FROM sale").fetchone()[0])
con.create_function("cents_to_str", 1, lambda c: f"${c / 100:.2f}")
print(con.execute("SELECT name, cents_to_str(price_cents) FROM product ORDER BY name").fetchall() and
      [tuple(r) for r in con.execute("SELECT name, cents_to_str(price_cents) FROM product ORDER BY name")])
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(NULL)").fetchone()[:])
print(list(con.iterdump())[:3])
con.close()
con.execute("SELECT 1")

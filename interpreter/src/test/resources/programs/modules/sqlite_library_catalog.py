# A small library database on sqlite3 in memory: schema with constraints, executemany, Row factory, joins and aggregates, transactions with rollback, custom functions and aggregates, adapters, and the errors of bad SQL.
import sqlite3
from datetime import date

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.executescript("""
CREATE TABLE authors(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE books(id INTEGER PRIMARY KEY, title TEXT NOT NULL, author_id INTEGER REFERENCES authors(id),
                   year INTEGER CHECK(year > 1400), price REAL DEFAULT 9.99);
CREATE TABLE loans(book_id INTEGER, member TEXT, due TEXT);
""")
con.executemany("INSERT INTO authors(name) VALUES (?)", [("Austen",), ("Orwell",), ("Le Guin",)])
books = [("Emma", 1, 1815, 7.5), ("Persuasion", 1, 1817, None), ("1984", 2, 1949, 12.0),
         ("Animal Farm", 2, 1945, 6.25), ("The Dispossessed", 3, 1974, 14.0)]
con.executemany("INSERT INTO books(title, author_id, year, price) VALUES (?, ?, ?, coalesce(?, 9.99))", books)
con.commit()
rows = con.execute("""SELECT a.name, count(*) AS n, round(avg(b.price), 2) AS avg_price, min(b.year) AS first
                      FROM books b JOIN authors a ON a.id = b.author_id GROUP BY a.name ORDER BY n DESC, a.name""").fetchall()
for r in rows:
    print(dict(r), r["name"], r[1], r.keys())
cur = con.execute("SELECT title FROM books WHERE year BETWEEN :lo AND :hi ORDER BY year", {"lo": 1900, "hi": 2000})
print([row[0] for row in cur], cur.description[0][0], cur.rowcount)
cur = con.execute("UPDATE books SET price = price * 1.1 WHERE author_id = ?", (2,))
print("updated", cur.rowcount, con.total_changes, con.in_transaction)
con.rollback()
print(con.execute("SELECT price FROM books WHERE title = '1984'").fetchone()[0], con.in_transaction)
try:
    with con:
        con.execute("INSERT INTO loans VALUES (1, 'ann', '2024-03-01')")
        con.execute("INSERT INTO books(title, year) VALUES ('Too old', 1200)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(con.execute("SELECT count(*) FROM loans").fetchone()[0])
for sql, args in (("INSERT INTO authors(name) VALUES (?)", ("Orwell",)), ("INSERT INTO books(year) VALUES (2000)", ()),
                  ("SELEC * FROM books", ()), ("SELECT * FROM nothing", ()), ("SELECT ?", (1, 2)), ("SELECT nope FROM books", ())):
    try:
        con.execute(sql, args)
    except sqlite3.Error as e:
        print(type(e).__name__ + ":", e)
con.create_function("initials", 1, lambda s: "".join(w[0] for w in s.split()), deterministic=True)
class Longest:
    def __init__(self): self.best = ""
    def step(self, v):
        if v and len(v) > len(self.best): self.best = v
    def finalize(self): return self.best
con.create_aggregate("longest", 1, Longest)
print(con.execute("SELECT initials(title), longest(title) OVER () FROM books ORDER BY id LIMIT 2").fetchall() and
      [tuple(r) for r in con.execute("SELECT initials(title) FROM books ORDER BY id")])
print(tuple(con.execute("SELECT longest(title) FROM books").fetchone()))
sqlite3.register_adapter(date, lambda d: d.isoformat())
con.execute("INSERT INTO loans VALUES (?, ?, ?)", (3, "bob", date(2024, 4, 1)))
print([tuple(r) for r in con.execute("SELECT * FROM loans")])
con.row_factory = None
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(NULL), typeof(x'00')").fetchone())
print(con.execute("SELECT ?, ?, ?", (None, b"\x01", 2 ** 62)).fetchone())
print([r for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")])
print(list(con.iterdump())[:3])
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"), sqlite3.paramstyle)
sqlite3.connect(":memory:").execute("SELECT * FROM missing_table")

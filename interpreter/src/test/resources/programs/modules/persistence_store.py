# Persisting an address book: copy vs deepcopy (shared and cyclic structure, __deepcopy__),
# pickle protocols round trips (custom __getstate__/__setstate__, __reduce__), pickletools-free
# checks, shelve on a dbm file in a temporary directory, and sqlite3 with a schema, parameters,
# Row factory, aggregates, transactions and constraint errors.
import copy, os, pickle, shelve, sqlite3, tempfile
from dataclasses import dataclass, field

@dataclass
class Contact:
    name: str
    emails: list = field(default_factory=list)
    friends: list = field(default_factory=list, repr=False)

ann, bob = Contact("ann", ["ann@x.org"]), Contact("bob", ["bob@y.org"])
ann.friends.append(bob); bob.friends.append(ann)
book = {"people": [ann, bob], "owner": ann}
shallow, deep = copy.copy(book), copy.deepcopy(book)
print(shallow["owner"] is ann, deep["owner"] is ann, deep["owner"] is deep["people"][0],
      deep["people"][1].friends[0] is deep["people"][0])
deep["people"][0].emails.append("new@x.org")
print(ann.emails, deep["owner"].emails)

class Session:
    def __init__(self, user):
        self.user, self.conn, self.hits = user, object(), 0
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["conn"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.conn = "reconnected"
    def __deepcopy__(self, memo):
        s = Session(copy.deepcopy(self.user, memo)); s.hits = self.hits
        return s

class Money:
    def __init__(self, cents): self.cents = cents
    def __reduce__(self): return (Money, (self.cents,))
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents

s = Session("ann"); s.hits = 3
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps({"s": s, "m": Money(250), "book": book, "t": (1, 2.5, None, b"x", frozenset({3}))}, protocol=proto)
    back = pickle.loads(data)
    print(proto, data[:2] if proto >= 2 else data[:1], back["s"].conn, back["s"].hits, back["m"] == Money(250),
          back["book"]["owner"] is back["book"]["people"][0], back["t"])
print(copy.deepcopy(s).conn == s.conn, copy.copy(s).conn is s.conn)
for bad in (lambda: pickle.dumps(lambda: 1), lambda: pickle.loads(b"garbage"), lambda: pickle.loads(b"")):
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, AttributeError, EOFError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "contacts")
    with shelve.open(path) as db:
        db["ann"] = ann
        db["count"] = 2
        db["tags"] = ["a"]
        db["tags"].append("lost")
    with shelve.open(path, writeback=True) as db:
        print(sorted(db.keys()), db["ann"].name, db["ann"].friends[0].name, db["tags"])
        db["tags"].append("kept")
    with shelve.open(path, flag="r") as db:
        print(db["tags"], "count" in db, db.get("nope", "default"))
        try:
            db["x"] = 1
        except Exception as e:
            print(type(e).__name__)

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.executescript("""
CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, city TEXT);
CREATE TABLE email(person_id INTEGER REFERENCES person(id), address TEXT);
""")
with con:
    con.executemany("INSERT INTO person(name, city) VALUES (?, ?)", [("ann", "Oslo"), ("bob", "Rome"), ("cy", "Oslo")])
    con.executemany("INSERT INTO email VALUES (:pid, :addr)", [{"pid": 1, "addr": "a@x"}, {"pid": 1, "addr": "a2@x"}, {"pid": 2, "addr": "b@y"}])
for row in con.execute("SELECT p.name, count(e.address) AS n FROM person p LEFT JOIN email e ON e.person_id = p.id GROUP BY p.id ORDER BY n DESC, p.name"):
    print(dict(row), row["n"], row.keys())
print(con.execute("SELECT city, group_concat(name, '+') FROM person GROUP BY city ORDER BY city").fetchall() and
      [tuple(r) for r in con.execute("SELECT city, group_concat(name, '+') FROM person GROUP BY city ORDER BY city")])
try:
    with con:
        con.execute("INSERT INTO person(name) VALUES ('dee')")
        con.execute("INSERT INTO person(name) VALUES ('ann')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(con.execute("SELECT count(*) FROM person").fetchone()[0], con.in_transaction)
con.create_function("initial", 1, lambda s: s[0].upper())
print([r[0] for r in con.execute("SELECT initial(name) FROM person ORDER BY name")])
for bad in ("SELEC 1", "SELECT nope FROM person"):
    try:
        con.execute(bad)
    except sqlite3.OperationalError as e:
        print("OperationalError:", e)
try:
    con.execute("SELECT ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

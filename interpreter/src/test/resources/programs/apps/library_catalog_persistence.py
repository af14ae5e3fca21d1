# A whole application: a library catalog that persists itself: classes with __slots__ and
# properties, pickle with __reduce__/__getstate__ and protocol versions, shelve-like storage in a
# temporary directory (json, pickle and csv files written with pathlib and read back), a search
# index with bisect, loans with datetime due dates and fines, functools.total_ordering,
# singledispatch exporters, and the errors of a corrupted file.
import bisect
import csv
import json
import pickle
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import singledispatch, total_ordering, cached_property
from pathlib import Path


@total_ordering
class Book:
    __slots__ = ("isbn", "title", "author", "year", "copies")

    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year, self.copies = isbn, title, author, year, copies

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __lt__(self, other):
        return (self.author, self.year, self.title) < (other.author, other.year, other.title)

    def __hash__(self):
        return hash(self.isbn)

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

    def __getstate__(self):
        return {s: getattr(self, s) for s in self.__slots__}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)


class Member:
    def __init__(self, name, since):
        self.name = name
        self.since = since
        self.loans = []

    @property
    def seniority(self):
        return (date(2026, 12, 7) - self.since).days // 365

    @cached_property
    def card(self):
        return f"M-{sum(map(ord, self.name)) % 10000:04d}"

    def __reduce__(self):
        return (self.__class__._restore, (self.name, self.since.isoformat(), self.loans))

    @classmethod
    def _restore(cls, name, since, loans):
        m = cls(name, date.fromisoformat(since))
        m.loans = loans
        return m

    def __repr__(self):
        return f"Member({self.name!r}, {len(self.loans)} loans)"


@dataclass
class Loan:
    isbn: str
    member: str
    out: date
    due: date
    returned: date | None = None
    fines: list = field(default_factory=list)

    def fine(self, today, per_day=0.25):
        end = self.returned or today
        late = (end - self.due).days
        return round(max(0, late) * per_day, 2)


class Catalog:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []
        self.title_index = []

    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
            return
        self.books[book.isbn] = book
        bisect.insort(self.title_index, (book.title.lower(), book.isbn))

    def search_prefix(self, prefix):
        prefix = prefix.lower()
        i = bisect.bisect_left(self.title_index, (prefix,))
        out = []
        while i < len(self.title_index) and self.title_index[i][0].startswith(prefix):
            out.append(self.books[self.title_index[i][1]].title)
            i += 1
        return out

    def available(self, isbn):
        out = sum(1 for l in self.loans if l.isbn == isbn and l.returned is None)
        return self.books[isbn].copies - out

    def lend(self, isbn, name, day, days=14):
        if isbn not in self.books:
            raise KeyError(isbn)
        if self.available(isbn) <= 0:
            raise LookupError(f"no copy of {self.books[isbn].title!r} available")
        loan = Loan(isbn, name, day, day + timedelta(days=days))
        self.loans.append(loan)
        self.members[name].loans.append(isbn)
        return loan

    def give_back(self, isbn, name, day):
        for loan in self.loans:
            if loan.isbn == isbn and loan.member == name and loan.returned is None:
                loan.returned = day
                return loan.fine(day)
        raise LookupError(f"{name} has no open loan of {isbn}")


@singledispatch
def export(obj):
    raise TypeError(f"cannot export {type(obj).__name__}")


@export.register
def _(obj: Book):
    return {"isbn": obj.isbn, "title": obj.title, "author": obj.author, "year": obj.year, "copies": obj.copies}


@export.register
def _(obj: Loan):
    return {"isbn": obj.isbn, "member": obj.member, "out": obj.out.isoformat(), "due": obj.due.isoformat(),
            "returned": obj.returned and obj.returned.isoformat()}


@export.register(list)
def _(obj):
    return [export(x) for x in obj]


cat = Catalog()
for isbn, title, author, year, copies in [
        ("0141439518", "Pride and Prejudice", "Austen", 1813, 2), ("0141439602", "A Tale of Two Cities", "Dickens", 1859, 1),
        ("0141439807", "Persuasion", "Austen", 1817, 1), ("0141441143", "Great Expectations", "Dickens", 1861, 3),
        ("0141439556", "Wuthering Heights", "Bronte", 1847, 1), ("0141439661", "Emma", "Austen", 1815, 1),
        ("0141439518", "Pride and Prejudice", "Austen", 1813, 1), ("0141439750", "Great Gatsby (not)", "Fitz", 1925, 1)]:
    cat.add(Book(isbn, title, author, year, copies))
for name, since in [("Ann", date(2019, 3, 1)), ("Ben", date(2024, 6, 30)), ("Cy", date(2010, 1, 15))]:
    cat.members[name] = Member(name, since)
print("books:", len(cat.books), "copies:", sum(b.copies for b in cat.books.values()), "sorted:", sorted(cat.books.values())[:3])
print("prefix 'gr':", cat.search_prefix("gr"), "'p':", cat.search_prefix("p"), "'z':", cat.search_prefix("z"))
print("members:", [(m.name, m.seniority, m.card) for m in cat.members.values()], "card cached:", "card" in vars(cat.members["Ann"]))

d0 = date(2026, 11, 1)
log = []
for offset, action, isbn, who in [(0, "lend", "0141439518", "Ann"), (0, "lend", "0141439518", "Ben"), (1, "lend", "0141439518", "Cy"),
                                  (2, "lend", "0141439602", "Cy"), (3, "lend", "0141439602", "Ann"), (5, "lend", "9999999999", "Ann"),
                                  (10, "return", "0141439518", "Ann"), (20, "return", "0141439602", "Cy"), (21, "return", "0141439602", "Cy"),
                                  (30, "return", "0141439518", "Cy"), (31, "lend", "0141441143", "Ben")]:
    day = d0 + timedelta(days=offset)
    try:
        if action == "lend":
            loan = cat.lend(isbn, who, day)
            log.append(f"{day:%m-%d} {who} borrows {cat.books[isbn].title!r} due {loan.due:%a %d %b}")
        else:
            log.append(f"{day:%m-%d} {who} returns {cat.books[isbn].title!r}, fine {cat.give_back(isbn, who, day):.2f}")
    except (KeyError, LookupError) as exc:
        log.append(f"{day:%m-%d} {who} {action} refused: {type(exc).__name__}: {exc}")
print("\n".join(log))
today = date(2026, 12, 7)
print("open fines today:", {l.member + ":" + l.isbn[-3:]: l.fine(today) for l in cat.loans if l.returned is None})

tmp = Path(tempfile.mkdtemp(prefix="catalog-"))
try:
    (tmp / "books.json").write_text(json.dumps(export(sorted(cat.books.values())), indent=1), encoding="utf-8")
    with open(tmp / "loans.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["isbn", "member", "out", "due", "returned"])
        w.writeheader()
        w.writerows(export(cat.loans))
    for proto in (0, 2, 4, 5):
        (tmp / f"catalog.p{proto}").write_bytes(pickle.dumps(cat, protocol=proto))
    files = sorted(p.name for p in tmp.iterdir())
    print("\nfiles:", files)
    print("sizes ordered by protocol:", [(p.suffix, p.stat().st_size > 0) for p in sorted(tmp.glob("catalog.p*"))])
    books = json.loads((tmp / "books.json").read_text())
    print("json books:", len(books), books[0])
    with open(tmp / "loans.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    print("csv loans:", len(rows), rows[-1], "returned empty:", sum(1 for r in rows if not r["returned"]))
    again = pickle.loads((tmp / "catalog.p4").read_bytes())
    print("unpickled:", type(again).__name__, len(again.books), again.members["Ann"], again.members["Ann"].since,
          again.loans[0] == cat.loans[0], again.books["0141439518"].copies)
    print("pickled book state:", again.books["0141439661"].__getstate__())
    print("p0 starts:", (tmp / "catalog.p0").read_bytes()[:2], "p2 starts:", (tmp / "catalog.p2").read_bytes()[:2],
          "p5 starts:", (tmp / "catalog.p5").read_bytes()[:2])
    blob = (tmp / "catalog.p4").read_bytes()
    for damaged in (blob[:40], b"not a pickle", blob[:-1]):
        try:
            pickle.loads(damaged)
        except (pickle.UnpicklingError, EOFError, ValueError) as exc:
            print(f"  {type(exc).__name__}: {exc}")
    try:
        json.loads((tmp / "books.json").read_text()[:-3])
    except json.JSONDecodeError as exc:
        print("  JSONDecodeError:", exc.msg, exc.lineno, exc.colno)
    try:
        export({"a": 1})
    except TypeError as exc:
        print("  TypeError:", exc)
    print("dispatch registry:", sorted(t.__name__ for t in export.registry))
finally:
    shutil.rmtree(tmp)
print("cleaned:", not tmp.exists())
print(pickle.loads(pickle.dumps(Book("1", "t", "a", 2000))) == Book("1", "x", "y", 1), Book("1", "t", "a", 1) < Book("2", "t", "b", 1))

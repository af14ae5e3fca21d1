# A whole application: a small ORM on sqlite3 in memory: model classes declared with descriptors
# (Field subclasses with __set_name__ and validation), a metaclass collecting them into a table
# schema, CREATE TABLE from the model, inserts, a query builder with chained filters and ordering,
# relations by foreign key, transactions with rollback on an IntegrityError, aggregates and a report.
import sqlite3
from contextlib import contextmanager


class ValidationError(ValueError):
    pass


class Field:
    sql_type = "TEXT"

    def __init__(self, *, null=False, default=None, unique=False, primary_key=False):
        self.null, self.default, self.unique, self.primary_key = null, default, unique, primary_key

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None and not self.null and not self.primary_key:
            raise ValidationError(f"{type(obj).__name__}.{self.name} may not be None")
        if value is not None:
            value = self.validate(value)
        setattr(obj, self.attr, value)

    def validate(self, value):
        return value

    def ddl(self):
        parts = [self.name, self.sql_type]
        if self.primary_key:
            parts.append("PRIMARY KEY AUTOINCREMENT" if self.sql_type == "INTEGER" else "PRIMARY KEY")
        if not self.null and not self.primary_key:
            parts.append("NOT NULL")
        if self.unique:
            parts.append("UNIQUE")
        return " ".join(parts)


class IntField(Field):
    sql_type = "INTEGER"

    def __init__(self, *, min_value=None, **kw):
        super().__init__(**kw)
        self.min_value = min_value

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"{self.name}: expected int, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValidationError(f"{self.name}: {value} < {self.min_value}")
        return value


class RealField(Field):
    sql_type = "REAL"

    def validate(self, value):
        return float(value)


class TextField(Field):
    def __init__(self, *, max_length=None, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        value = str(value)
        if self.max_length and len(value) > self.max_length:
            raise ValidationError(f"{self.name}: {value!r} longer than {self.max_length}")
        return value


class ForeignKey(IntField):
    def __init__(self, target, **kw):
        super().__init__(**kw)
        self.target = target

    def ddl(self):
        return super().ddl() + f" REFERENCES {self.target.__table__}(id)"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__):
            fields.update({k: v for k, v in vars(base).items() if isinstance(v, Field)})
        cls.__fields__ = fields
        cls.__table__ = ns.get("__table__", name.lower() + "s")
        if bases:
            mcls.registry[name] = cls
        return cls


class Model(metaclass=ModelMeta):
    db = None
    id = IntField(primary_key=True, null=True)

    def __init__(self, **values):
        unknown = set(values) - set(self.__fields__)
        if unknown:
            raise TypeError(f"{type(self).__name__}() got unexpected fields {sorted(unknown)}")
        for name, field in self.__fields__.items():
            setattr(self, name, values.get(name, field.default))

    @classmethod
    def create_table(cls):
        cols = ",\n  ".join(f.ddl() for f in cls.__fields__.values())
        sql = f"CREATE TABLE {cls.__table__} (\n  {cols}\n)"
        cls.db.execute(sql)
        return sql

    def save(self):
        names = [n for n in self.__fields__ if n != "id"]
        values = [getattr(self, n) for n in names]
        if self.id is None:
            cur = self.db.execute(f"INSERT INTO {self.__table__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
            self.id = cur.lastrowid
        else:
            sets = ", ".join(f"{n} = ?" for n in names)
            self.db.execute(f"UPDATE {self.__table__} SET {sets} WHERE id = ?", values + [self.id])
        return self

    @classmethod
    def objects(cls):
        return Query(cls)

    def __repr__(self):
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__fields__)
        return f"{type(self).__name__}({shown})"


class Query:
    OPS = {"eq": "=", "lt": "<", "gt": ">", "le": "<=", "ge": ">=", "ne": "!=", "like": "LIKE"}

    def __init__(self, model, where=(), params=(), order=(), limit=None):
        self.model, self.where, self.params, self.order, self.limit_ = model, where, params, order, limit

    def filter(self, **kw):
        where, params = list(self.where), list(self.params)
        for key, value in sorted(kw.items()):
            name, _, op = key.partition("__")
            if name not in self.model.__fields__:
                raise AttributeError(f"{self.model.__name__} has no field {name!r}")
            where.append(f"{name} {self.OPS[op or 'eq']} ?")
            params.append(value)
        return Query(self.model, tuple(where), tuple(params), self.order, self.limit_)

    def order_by(self, *names):
        order = tuple(f"{n[1:]} DESC" if n.startswith("-") else n for n in names)
        return Query(self.model, self.where, self.params, self.order + order, self.limit_)

    def limit(self, n):
        return Query(self.model, self.where, self.params, self.order, n)

    def sql(self, what="*"):
        s = f"SELECT {what} FROM {self.model.__table__}"
        if self.where:
            s += " WHERE " + " AND ".join(self.where)
        if self.order:
            s += " ORDER BY " + ", ".join(self.order)
        if self.limit_ is not None:
            s += f" LIMIT {self.limit_}"
        return s

    def __iter__(self):
        cur = self.model.db.execute(self.sql(), self.params)
        names = [d[0] for d in cur.description]
        for row in cur:
            obj = self.model.__new__(self.model)
            for n, v in zip(names, row):
                setattr(obj, "_" + n, v)
            yield obj

    def count(self):
        return self.model.db.execute(self.sql("COUNT(*)"), self.params).fetchone()[0]

    def __repr__(self):
        return f"<Query {self.sql()!r} {list(self.params)}>"


class Author(Model):
    name = TextField(max_length=30, unique=True)
    born = IntField(min_value=1000, null=True)


class Book(Model):
    title = TextField(max_length=60)
    author_id = ForeignKey(Author)
    year = IntField(min_value=1400)
    price = RealField(default=0.0)
    stock = IntField(min_value=0, default=0)


@contextmanager
def transaction(db):
    try:
        yield db
        db.commit()
        print("  commit")
    except Exception as exc:
        db.rollback()
        print(f"  rollback after {type(exc).__name__}: {exc}")


db = sqlite3.connect(":memory:")
db.execute("PRAGMA foreign_keys = ON")
Model.db = db
print(Author.create_table())
print(Book.create_table())
print(sorted(ModelMeta.registry), list(Book.__fields__), Book.title.max_length, type(Book.__dict__["year"]).__name__)

authors = {n: Author(name=n, born=b).save() for n, b in [("Austen", 1775), ("Dickens", 1812), ("Eliot", 1819), ("Woolf", 1882)]}
catalog = [("Emma", "Austen", 1815, 9.5, 3), ("Persuasion", "Austen", 1817, 8.0, 0), ("Bleak House", "Dickens", 1853, 12.25, 5),
           ("Hard Times", "Dickens", 1854, 7.0, 2), ("Middlemarch", "Eliot", 1871, 14.0, 4), ("Silas Marner", "Eliot", 1861, 6.5, 1),
           ("Orlando", "Woolf", 1928, 11.0, 0), ("The Waves", "Woolf", 1931, 10.0, 6), ("Little Dorrit", "Dickens", 1857, 9.0, 1)]
for title, who, year, price, stock in catalog:
    Book(title=title, author_id=authors[who].id, year=year, price=price, stock=stock).save()
db.commit()
print("books:", Book.objects().count(), "authors:", Author.objects().count())

q = Book.objects().filter(year__lt=1860).order_by("-price", "title")
print(q)
for b in q:
    print(f"  {b.id:>2} {b.title:<14}{b.year}  {b.price:6.2f}  stock {b.stock}")
print([b.title for b in Book.objects().filter(title__like="%e%", stock__gt=0).order_by("year").limit(3)])
print("out of stock:", [b.title for b in Book.objects().filter(stock=0)])

for bad in [dict(title="X" * 61, author_id=1, year=1900), dict(title="Y", author_id=1, year=1200),
            dict(title="Z", author_id="1", year=1900), dict(title=None, author_id=1, year=1900),
            dict(title="W", author_id=1, year=1900, isbn="123")]:
    try:
        Book(**bad)
    except (ValidationError, TypeError) as exc:
        print(f"  {type(exc).__name__}: {exc}")
try:
    Book.objects().filter(colour="red")
except AttributeError as exc:
    print("  AttributeError:", exc)

print("transactions:")
with transaction(db):
    Book(title="Mrs Dalloway", author_id=authors["Woolf"].id, year=1925, price=9.0, stock=2).save()
with transaction(db):
    Book(title="Ghost", author_id=authors["Woolf"].id, year=1925).save()
    Author(name="Austen", born=1775).save()
with transaction(db):
    Book(title="Orphan", author_id=99, year=1900).save()
print("books now:", Book.objects().count(), [b.title for b in Book.objects().filter(year__ge=1920).order_by("year")])

emma = next(iter(Book.objects().filter(title="Emma")))
emma.stock -= 1
emma.price = 10
emma.save()
print(emma, next(iter(Book.objects().filter(id=emma.id))).price)

rows = db.execute("""
    SELECT a.name, COUNT(b.id), ROUND(AVG(b.price), 3), SUM(b.stock), MIN(b.year), MAX(b.year),
           GROUP_CONCAT(b.title, '; ')
    FROM authors a LEFT JOIN books b ON b.author_id = a.id
    GROUP BY a.id ORDER BY COUNT(b.id) DESC, a.name
""").fetchall()
print(f"{'author':<9}{'n':>3}{'avg':>8}{'stock':>6}{'span':>11}  titles")
for name, n, avg, stock, lo, hi, titles in rows:
    print(f"{name:<9}{n:>3}{avg:>8}{stock:>6}{lo:>6}-{hi}  {titles}")
db.row_factory = sqlite3.Row
row = db.execute("SELECT title, price * stock AS value FROM books ORDER BY value DESC LIMIT 1").fetchone()
print(type(row).__name__, row.keys(), row["title"], row["value"], tuple(row))
print(db.execute("SELECT typeof(price), typeof(stock), typeof(title) FROM books LIMIT 1").fetchone()[:])
print(db.total_changes, db.in_transaction, sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT"))
db.close()
try:
    Book.objects().count()
except sqlite3.ProgrammingError as exc:
    print("ProgrammingError:", exc)

# Messages name the library's stand-ins for CPython's C types by their tp_name ('datetime.date',
# 'decimal.Decimal', '_io.StringIO', 'itertools.count', ...): attribute errors, subscripts, len(),
# operators, hashing; a subclass of one is named by its own name; a class renamed through __name__
# is named by the new name.
import datetime, decimal, re, io, itertools, functools, operator, types, fractions, hashlib

objs = [datetime.date(2024, 1, 1), datetime.timedelta(1), datetime.datetime(2024, 1, 1), datetime.time(1),
        datetime.timezone.utc, decimal.Decimal(1), decimal.getcontext(), re.compile("x"), re.match("x", "x"),
        io.StringIO(), io.BytesIO(), itertools.count(), itertools.chain(), itertools.groupby([]), itertools.product(),
        functools.partial(int), operator.itemgetter(1), operator.attrgetter("x"), types.SimpleNamespace(),
        list[int], int | None, hashlib.md5(), fractions.Fraction(1)]
for o in objs:
    row = []
    for f in [lambda: o.nosuch, lambda: o[0], lambda: len(o), lambda: o + None, lambda: -o, lambda: o < 1j]:
        try:
            f()
            row.append("ok")
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(type(o).__name__, "|", " | ".join(row))

class MyDate(datetime.date):
    pass
class MyDecimal(decimal.Decimal):
    pass
for o in [MyDate(2024, 1, 1), MyDecimal(2)]:
    try:
        o.nosuch
    except AttributeError as e:
        print(e)
try:
    MyDecimal(1) + []
except TypeError as e:
    print(e)
print(type(datetime.date(2024, 1, 1).isocalendar()).__name__, datetime.date.__name__, datetime.date.__qualname__, repr(datetime.date))
class Plain:
    pass
Plain.__name__ = "Renamed"
for f in [lambda: Plain() + 1, lambda: Plain().x, lambda: len(Plain())]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(e)
print(Plain.__name__, Plain.__qualname__, repr(Plain))

# Week-based reporting with datetime: isocalendar named tuples, fromisocalendar and its errors,
# strftime %G %V %u %g, a tzinfo subclass with dst() rules (utcoffset/dst/tzname, fromutc),
# utctimetuple/timetuple dst flags, timezone min/max and its errors, date vs datetime
# comparisons and arithmetic errors, replace(tzinfo=...), and hashes across offsets.
from datetime import date, datetime, time, timedelta, timezone, tzinfo

for d in [date(2026, 1, 1), date(2026, 12, 28), date(2027, 1, 3), date(2020, 12, 31), date(2021, 1, 4)]:
    ic = d.isocalendar()
    print(d, ic, ic.year, ic.week, ic.weekday, tuple(ic), d.strftime("%G-W%V-%u %g %a"), date.fromisocalendar(*ic) == d)
for args in [(2026, 53, 1), (2026, 0, 1), (2026, 1, 8), (2020, 53, 7), (10000, 1, 1)]:
    try:
        print(args, date.fromisocalendar(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
print(datetime.fromisocalendar(2026, 10, 3), date.fromisoformat("2026-W10-3"), datetime.fromisoformat("2026-W10-3T12:00"))
class EuropeanTime(tzinfo):
    """CET/CEST with the EU rule: last Sunday of March 01:00 UTC to last Sunday of October."""
    def _last_sunday(self, year, month):
        d = date(year, month + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime.combine(self._last_sunday(dt.year, 3), time(2))
        end = datetime.combine(self._last_sunday(dt.year, 10), time(3))
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"
    def __repr__(self):
        return "EuropeanTime()"
eu = EuropeanTime()
for dt in [datetime(2026, 3, 29, 1, 59, tzinfo=eu), datetime(2026, 3, 29, 3, 0, tzinfo=eu), datetime(2026, 7, 1, 12, tzinfo=eu), datetime(2026, 10, 25, 2, 30, tzinfo=eu)]:
    print(dt, dt.tzname(), dt.utcoffset(), dt.dst(), dt.astimezone(timezone.utc), dt.timetuple().tm_isdst, dt.utctimetuple()[:6], dt.utctimetuple().tm_isdst)
u = datetime(2026, 6, 1, 10, 0, tzinfo=timezone.utc)
print(u.astimezone(eu), repr(u.astimezone(eu)), eu.fromutc(u.replace(tzinfo=eu)), datetime(2026, 1, 1).timetuple().tm_isdst)
print(timezone.min, timezone.max, timezone(timedelta(hours=-5), "EST").tzname(None), timezone(timedelta(0)) == timezone.utc, repr(timezone(timedelta(minutes=90))))
for off in [timedelta(hours=24), timedelta(hours=-24), timedelta(seconds=1)]:
    try:
        print(timezone(off))
    except ValueError as e:
        print("ValueError:", e)
try:
    timezone(5)
except TypeError as e:
    print("TypeError:", e)
print(date(2026, 1, 1) == datetime(2026, 1, 1), date(2026, 1, 1) != datetime(2026, 1, 1))
for op in [lambda: date(2026, 1, 1) < datetime(2026, 1, 1), lambda: date(2026, 1, 1) - datetime(2026, 1, 1), lambda: datetime(2026, 1, 1) - date(2026, 1, 1),
           lambda: date(2026, 1, 1) + 1, lambda: time(1) + timedelta(1), lambda: time(1, tzinfo=timezone.utc) < time(1), lambda: timedelta(1) * "x"]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
a = datetime(2026, 6, 1, 12, tzinfo=timezone.utc)
b = datetime(2026, 6, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, hash(a) == hash(b), len({a, b}), a.replace(tzinfo=None) == b.replace(tzinfo=None), b - a, a.replace(tzinfo=eu), a.replace(tzinfo=eu).utcoffset())
print(time(12, 30, tzinfo=timezone.utc).utcoffset(), time(12, 30, tzinfo=eu).utcoffset(), time(12, 30, tzinfo=eu).tzname(), time(1, 2, 3, 4).isoformat("auto"), time.fromisoformat("T12:30:45.5+01:00") if False else time.fromisoformat("12:30:45.500000+01:00"))
print(date.today() > date(2000, 1, 1), datetime.now(timezone.utc).tzinfo is timezone.utc, datetime.utcfromtimestamp(86400 * 365), datetime.fromtimestamp(1e9, eu))

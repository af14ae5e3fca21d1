# datetime with time zones: timezone (utc, fixed offsets, names), aware datetimes' repr, str and
# %z/%Z, comparisons and differences across offsets, astimezone, timestamps, and the local time
# zone only through round trips (the output does not depend on the machine's zone).
from datetime import date, datetime, timedelta, timezone, tzinfo, UTC
import time

east = timezone(timedelta(hours=5, minutes=30))
west = timezone(timedelta(hours=-5), "EST")
print(repr(timezone.utc), repr(east), repr(west), str(east), str(west), timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc)
dt = datetime(2024, 1, 5, 10, 30, tzinfo=timezone.utc)
print(repr(dt), dt, repr(datetime(2024, 1, 5, 10, 30, tzinfo=west)), datetime(2024, 1, 5, 10, 30, tzinfo=east))
print(dt.astimezone(east), dt.astimezone(west).strftime("%Y-%m-%d %H:%M %z %Z"), dt.utcoffset(), dt.tzname(), dt.dst())
other = datetime(2024, 1, 5, 16, tzinfo=east)
print(dt == other, dt - other, other - dt, dt < other, hash(dt) == hash(datetime(2024, 1, 5, 16, tzinfo=east)))
print(dt.timestamp(), datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(0, west))
print(datetime.fromisoformat("2024-01-05T10:30:00+05:30"), datetime.fromisoformat("2024-01-05T10:30:00-01:00").utcoffset())
local = datetime.fromtimestamp(1700000000)
print(local.tzinfo, local.timestamp(), local.astimezone(timezone.utc), datetime(2024, 6, 1, 12).astimezone().utcoffset() is not None)
now = datetime.now()
print(type(now).__name__, abs(now.timestamp() - time.time()) < 5, datetime.now(timezone.utc).tzinfo, date.today() == now.date() or now.hour == 0)
print(issubclass(timezone, tzinfo), datetime.utcfromtimestamp(1700000000.5))
for bad in [lambda: dt < datetime(2024, 1, 5), lambda: dt - datetime(2024, 1, 5), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(5), lambda: datetime(2024, 1, 5, tzinfo="UTC")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(dt == datetime(2024, 1, 5, 10, 30))

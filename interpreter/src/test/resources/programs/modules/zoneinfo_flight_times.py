# Flight times across zones with zoneinfo: fold and gaps at DST transitions, utcoffset/dst/tzname
# around the changes, astimezone chains, arithmetic in wall time against UTC, key and repr.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ny = ZoneInfo("America/New_York")
lon = ZoneInfo("Europe/London")
tok = ZoneInfo("Asia/Tokyo")
kol = ZoneInfo("Asia/Kolkata")
print(ny, repr(lon), ny.key, ZoneInfo("America/New_York") is ny)
dep = datetime(2026, 3, 28, 21, 15, tzinfo=ny)
for dur in (timedelta(hours=7), timedelta(hours=7, minutes=40)):
    arr_utc = dep.astimezone(timezone.utc) + dur
    arr = arr_utc.astimezone(lon)
    print(dep.isoformat(), "->", arr.isoformat(), arr.tzname(), arr.dst(), arr.utcoffset())
for h in range(0, 4):
    d = datetime(2026, 3, 8, h, 30, tzinfo=ny)
    print("spring", d.isoformat(), d.tzname(), d.astimezone(timezone.utc).time())
for fold in (0, 1):
    d = datetime(2026, 11, 1, 1, 30, fold=fold, tzinfo=ny)
    print("fall fold", fold, d.isoformat(), d.tzname(), d.astimezone(timezone.utc).isoformat())
u = datetime(2026, 11, 1, 5, 0, tzinfo=timezone.utc)
for k in range(4):
    x = (u + timedelta(minutes=30 * k)).astimezone(ny)
    print(x.isoformat(), x.fold, x.tzname())
wall = datetime(2026, 10, 24, 12, 0, tzinfo=lon)
print(wall + timedelta(days=1), (wall + timedelta(days=1)).utcoffset(), (wall + timedelta(days=1)) - wall)
print(datetime(2026, 10, 25, 12, tzinfo=lon).astimezone(timezone.utc) - wall.astimezone(timezone.utc))
meet = datetime(2026, 12, 7, 9, 0, tzinfo=tok)
for z in (kol, lon, ny):
    print(f"{z.key:<18} {meet.astimezone(z):%Y-%m-%d %H:%M %Z %z}")
print(datetime(2026, 7, 1, tzinfo=ny).strftime("%Z %z"), datetime(2026, 1, 1, tzinfo=ny).strftime("%Z %z"))
print(datetime(2026, 6, 1, 12, tzinfo=lon) == datetime(2026, 6, 1, 11, tzinfo=timezone.utc))
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, type(e).__mro__[1].__name__, e)
try:
    ZoneInfo("../etc/passwd")
except ValueError as e:
    print("ValueError:", e)
print(ZoneInfo("UTC").utcoffset(None), ZoneInfo("UTC").tzname(datetime(2026, 1, 1)))

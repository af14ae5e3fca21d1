# zoneinfo: zones read from the system's TZif files, offsets across DST changes with folds and
# gaps, fromutc/astimezone, the POSIX rule after a file's last transition, the caches, reprs,
# pickling, bad keys and files.
import io
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc


def describe(dt):
    return f'{dt.isoformat()} fold={dt.fold} {dt.tzname()} dst={dt.dst()}'


ny = ZoneInfo('America/New_York')
print(repr(ny), str(ny), ny.key)
print(ZoneInfo('America/New_York') is ny, ZoneInfo(key='America/New_York') is ny)

# the wall clock around the spring gap and the autumn fold (fold picks the side)
for wall in [datetime(2023, 3, 12, 1, 59), datetime(2023, 3, 12, 2, 30), datetime(2023, 3, 12, 3, 0),
             datetime(2023, 11, 5, 0, 59), datetime(2023, 11, 5, 1, 30), datetime(2023, 11, 5, 2, 0)]:
    for fold in (0, 1):
        print(describe(wall.replace(tzinfo=ny, fold=fold)))

# UTC instants through fromutc: the repeated hour comes out with fold=1
start = datetime(2023, 11, 5, 4, 30, tzinfo=UTC)
for step in range(5):
    local = (start + timedelta(minutes=30 * step)).astimezone(ny)
    print(describe(local), local.astimezone(UTC).time())

# zones with odd histories: half hours, a date-line jump, negative DST, a 1800s local mean time
for key, stamp in [('Asia/Kolkata', datetime(2020, 6, 1, 12)), ('Australia/Lord_Howe', datetime(2022, 1, 1)),
                   ('Australia/Lord_Howe', datetime(2022, 7, 1)), ('Pacific/Apia', datetime(2011, 12, 29, 12)),
                   ('Pacific/Apia', datetime(2011, 12, 31, 12)), ('Europe/Dublin', datetime(2021, 1, 15)),
                   ('Europe/Dublin', datetime(2021, 7, 15)), ('Europe/Paris', datetime(1850, 1, 1)),
                   ('Asia/Tokyo', datetime(1, 1, 1)), ('Europe/London', datetime(9999, 7, 1)),
                   ('America/Sao_Paulo', datetime(2015, 1, 1)), ('America/Sao_Paulo', datetime(2040, 1, 1)),
                   ('UTC', datetime(2000, 1, 1)), ('Etc/GMT+5', datetime(2000, 1, 1))]:
    zone = ZoneInfo(key)
    aware = stamp.replace(tzinfo=zone)
    print(key, aware.utcoffset(), aware.dst(), aware.tzname())

# far past the file's table, the POSIX rule of its footer decides
for year in (2050, 2100, 2400):
    for month in (1, 4, 7, 10):
        aware = datetime(year, month, 15, 12, tzinfo=ZoneInfo('Europe/Berlin'))
        print(year, month, aware.tzname(), aware.utcoffset())
print(datetime(2100, 3, 28, 1, 30, tzinfo=UTC).astimezone(ZoneInfo('Europe/Berlin')))
print(datetime(2100, 10, 31, 0, 30, tzinfo=UTC).astimezone(ZoneInfo('Europe/Berlin')).fold)

# datetime.time has no date: only fixed-offset zones answer
print(time(12, tzinfo=ZoneInfo('UTC')).utcoffset(), time(12, tzinfo=ny).utcoffset())
print(ZoneInfo('Etc/GMT-3').utcoffset(None), ZoneInfo('Etc/GMT-3').tzname(None), ny.tzname(None))

# arithmetic is wall-clock arithmetic; comparisons across zones use UTC
a = datetime(2023, 3, 11, 12, tzinfo=ny)
b = a + timedelta(days=1)
print(b, b - a, b.astimezone(UTC) - a.astimezone(UTC))
print(datetime(2023, 6, 1, 12, tzinfo=ny) == datetime(2023, 6, 1, 18, tzinfo=ZoneInfo('Europe/Paris')))

# the caches
fresh = ZoneInfo.no_cache('America/New_York')
print(fresh is ny, fresh == ny, repr(fresh))
ZoneInfo.clear_cache(only_keys=['America/New_York'])
print(ZoneInfo('America/New_York') is ny)
ZoneInfo.clear_cache()
print(ZoneInfo('Europe/Paris') is ZoneInfo('Europe/Paris'))

# pickling by key: a cached zone comes back as the cached object
paris = ZoneInfo('Europe/Paris')
print(pickle.loads(pickle.dumps(paris)) is paris)
print(pickle.loads(pickle.dumps(ZoneInfo.no_cache('Europe/Paris'))) is paris)
stamp = datetime(2024, 7, 14, 10, 0, tzinfo=paris)
print(pickle.loads(pickle.dumps(stamp)) == stamp, pickle.loads(pickle.dumps(stamp)).tzinfo is paris)

# from_file: any binary stream; keys are optional, pickling is refused
with open('/usr/share/zoneinfo/Asia/Tokyo', 'rb') as f:
    data = f.read()
tokyo = ZoneInfo.from_file(io.BytesIO(data), key='Tokyo')
print(repr(tokyo), str(tokyo), datetime(2020, 1, 1, tzinfo=tokyo).utcoffset())
anonymous = ZoneInfo.from_file(io.BytesIO(data))
print(anonymous.key, repr(anonymous).startswith('zoneinfo.ZoneInfo.from_file(<_io.BytesIO object at'))
try:
    pickle.dumps(tokyo)
except pickle.PicklingError as e:
    print('PicklingError', e)
for bad in [b'', b'TZxx', b'TZif2' + bytes(15)]:
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except Exception as e:
        print(type(e).__name__, e)

# bad keys
for key in ['Nowhere/City', 'America', '/etc/localtime', 'America/../UTC', '../UTC', 'UTC/', '',
            'America//New_York', './UTC', 5, None]:
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except Exception as e:
        print(type(e).__name__, e)

# fromutc's argument checks
for arg in [5, datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=UTC)]:
    try:
        ny.fromutc(arg)
    except Exception as e:
        print(type(e).__name__, e)


# a subclass has caches of its own
class MyZone(ZoneInfo):
    pass


mine = MyZone('Europe/Paris')
print(repr(mine), mine is MyZone('Europe/Paris'), mine is paris, type(pickle.loads(pickle.dumps(mine))).__name__)

zones = zoneinfo.available_timezones()
print(type(zones).__name__, 'America/New_York' in zones, 'posixrules' in zones,
      any(z.startswith(('posix/', 'right/')) for z in zones), len(zones) > 300)
print(zoneinfo.TZPATH)
print(sorted(zoneinfo.__all__))
try:
    zoneinfo.reset_tzpath('/usr/share/zoneinfo')
except TypeError as e:
    print('TypeError', e)
try:
    zoneinfo.reset_tzpath(['relative/path'])
except ValueError as e:
    print('ValueError', e)
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH, zoneinfo.available_timezones())
try:
    ZoneInfo('Asia/Tokyo')
except ZoneInfoNotFoundError as e:
    print('ZoneInfoNotFoundError', e)
print(ZoneInfo('Europe/Paris') is paris)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH == ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo'))

# datetime.strptime (naive and aware results, subclasses, errors), timetuple/utctimetuple, and the
# reduce protocol of date, time, datetime, timedelta, timezone and tzinfo subclasses: CPython's packed
# byte states (fold from protocol 4), pickle's bytes at each protocol, copies and deep copies.
import copy
import datetime as dt
import pickle

D, T, DT, TD, TZ = dt.date, dt.time, dt.datetime, dt.timedelta, dt.timezone

print(repr(DT.strptime('2023-07-14 13:45:09.25', '%Y-%m-%d %H:%M:%S.%f')))
print(repr(DT.strptime('14/07/2023 +0200', '%d/%m/%Y %z')))
print(repr(DT.strptime('2023-07-14T01:02:03Z', '%Y-%m-%dT%H:%M:%S%z')))
print(repr(DT.strptime('2023 -03:30:15.123 UTC', '%Y %z %Z')))
print(repr(DT.strptime('2023 UTC', '%Y %Z')))
print(repr(DT.strptime('Feb 29 2024', '%b %d %Y')), repr(DT.strptime('12:30', '%H:%M')))


class Stamp(DT):
    pass


s = Stamp.strptime('2001-02-03', '%Y-%m-%d')
print(type(s).__name__, repr(s))
for args in [('2023-02-29', '%Y-%m-%d'), ('x', '%Y'), ('2023-01-01 ', '%Y-%m-%d'), (5, '%Y'), ('2023', None),
             ('Feb 29', '%b %d')]:
    try:
        print(DT.strptime(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: DT.strptime('2023'), lambda: DT.strptime(), lambda: hasattr(D, 'strptime'), lambda: hasattr(T, 'strptime')]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

print(D(2024, 3, 1).timetuple())
print(DT(2023, 12, 31, 23, 59, 58).timetuple())
aware = DT(2023, 1, 1, 1, 30, tzinfo=TZ(TD(hours=2)))
print(aware.timetuple(), aware.utctimetuple())
print(DT(2023, 6, 1, 12).utctimetuple())


class Summer(dt.tzinfo):
    def utcoffset(self, d):
        return TD(hours=1)

    def dst(self, d):
        return TD(hours=1) if d.month in (6, 7, 8) else TD(0)


print(DT(2023, 7, 1, tzinfo=Summer()).timetuple().tm_isdst, DT(2023, 1, 1, tzinfo=Summer()).timetuple().tm_isdst)
print(DT(2023, 7, 1, tzinfo=Summer()).utctimetuple())

values = [D(2020, 5, 6), T(1, 2, 3, 4), T(23, 59, 59, 999999, TZ.utc, fold=1), DT(2023, 1, 2, 3, 4, 5, 6),
          DT(2023, 1, 2, 3, 4, 5, 6, fold=1), DT(9999, 12, 31, 23, 59, 59, 999999, TZ(TD(hours=-5), 'EST')),
          TD(1, 2, 3), TD(-1), TZ.utc, TZ(TD(minutes=90)), TZ(TD(hours=1), 'X'), Stamp(2000, 1, 1)]
for v in values:
    print(repr(v), v.__reduce__())
    if not isinstance(v, (TD, TZ)):
        print('  ', v.__reduce_ex__(2), v.__reduce_ex__(4))
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        assert back == v and type(back) is type(v), (v, proto)
        if proto in (0, 2, 4):
            print('  ', proto, data)
    print('   copy', copy.copy(v) == v, copy.deepcopy(v) == v, type(copy.deepcopy(v)).__name__,
          getattr(pickle.loads(pickle.dumps(v, 4)), 'fold', None))

print(repr(D(b'\x07\xe4\x05\x06')), repr(DT(b'\x07\xe7\x81\x02\x03\x04\x05\x00\x00\x06')),
      repr(T(b'\x81\x02\x03\x00\x00\x04', TZ.utc)), repr(DT(b'\x07\xe7\x01\x02\x03\x04\x05\x00\x00\x06', TZ.utc)))
for bad in [lambda: D(b'\x07\xe4\x0d\x06'), lambda: D(b'\x07\xe4'), lambda: T(b'\x18\x00\x00\x00\x00\x00')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Named(dt.tzinfo):
    def __init__(self, name='n'):
        self.name = name

    def utcoffset(self, d):
        return TD(0)


print(Named().__reduce__()[1:], Summer().__reduce__()[1:])
n = pickle.loads(pickle.dumps(DT(2020, 1, 1, tzinfo=Named('zone'))))
print(n.tzinfo.name, type(n.tzinfo).__name__)

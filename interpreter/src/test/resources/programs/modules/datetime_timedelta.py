# datetime.timedelta: normalization into days/seconds/microseconds (negative durations too), the
# keyword units with floats rounded half to even, arithmetic with timedeltas, ints and floats, str
# and repr, comparisons, hash, total_seconds, the limits and CPython's errors.
from datetime import timedelta

for d in [timedelta(1, 2, 3), timedelta(0), timedelta(-1), timedelta(days=-1, seconds=5),
          timedelta(hours=25.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
          timedelta(weeks=1, minutes=3, milliseconds=7), -timedelta(seconds=1)]:
    print(repr(d), "|", d, "|", d.days, d.seconds, d.microseconds)
day = timedelta(days=1)
print(day * 2.5, day / 3, day // 3, day / timedelta(hours=1), day // timedelta(hours=5))
print(day % timedelta(hours=5), divmod(day, timedelta(hours=5)), abs(timedelta(-5)), 2 * timedelta(seconds=3))
print(timedelta(seconds=10) / 4.0, timedelta(3) * 0.1, day - timedelta(hours=1), day + day)
print(day.total_seconds(), day == timedelta(hours=24), day < timedelta(2), bool(timedelta(0)),
      hash(day) == hash(timedelta(hours=24)), sorted([timedelta(3), timedelta(-1), day]))
print(timedelta.max, timedelta.min, timedelta.resolution, sep=" | ")
for bad in [lambda: timedelta(days=1e9), lambda: timedelta("1"), lambda: day / 0]:
    try:
        bad()
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

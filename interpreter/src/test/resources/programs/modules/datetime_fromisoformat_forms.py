# date/time/datetime.fromisoformat as CPython 3.11's C parser reads the string: every ISO form (week dates,
# basic and extended, fractions of any length, offsets with seconds and fractions, any separator,
# a non-ASCII one too), what it refuses (and the constructor's own errors), the UTF-8 length a date is
# measured by; fromisocalendar's range errors.
from datetime import date, time, datetime
cases_d1 = ["2024-02-29", "20240229", "2024-W01", "2024W01", "2024-W01-3", "2024W013", "2020-W53-7", "2021-W53", "2023-02-30",
           "2024-13-01", "2024-1-01", "2024/01/01", "2024-01-0a", "+024-01-01", "２０２４-01-01", "2024-01", "2024-W00", "2024-W01-8",
           "2024-W1-1", "2024W01-3", "0000-01-01", "2024-01-01T", " 2024-01-01"]
cases_t1 = ["04", "04:05", "0405", "04:05:06", "040506", "04:05:06.5", "04:05:06,123", "04:05:06.1234567", "04:05:06.1234567x",
           "T04:05", "24:00", "04:60", "04:05:06Z", "04:05:06+01", "04:05:06+0130", "04:05:06-01:30", "04:05:06+01:30:15.5",
           "04:05:06+00:00", "04:05+1", "04:05+123", "4:05", "04:5", "04:05:", "04:0506", "0405:06", "04:05:06.", "04:05.5",
           "04.5", "04:05:06 ", "04:05:06+01:30Z", "04:05:06.123+05", "", "T", "04:05:06-24:00", "12:30:45.000001Z"]
cases_d1t = ["2024-03-10T14:30", "2024-03-10 14:30:45.5", "2024-03-10x14", "20240310T143045Z", "2024-W10-7T01:02", "2024W107T0102",
            "2024-03-10T", "2024-03-10T14:30+05:30", "2024-03-10T14:3", "2024-03-10", "2024-03-1014:30", "2024-03", "2024-W10",
            "2024W10", "2024W10T12", "2024-03-10T25:00", "2024-02-30T00:00", "2024-03-10T14:30:45.123456789-03", "2024-03-10é14:30", "2024-W10-112"]
for name, fn, cases in [("date", date.fromisoformat, cases_d1), ("time", time.fromisoformat, cases_t1), ("datetime", datetime.fromisoformat, cases_d1t)]:
    for c in cases:
        try:
            print(name, repr(c), repr(fn(c)))
        except Exception as e:
            print(name, repr(c), type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
cases_d2 = ["2024010112", "20240101é", "2024-01-01x", "2024W0134", "2024-W01-3x", "0000-W01-1", "9999-W52-7", "2020-W53", "2024-W53", "2026-W53",
           "2024-01-01\udc80"[:10], "2024010\udc80"]
cases_t2 = ["04:05:06é", "04:05:06.5é", "04:05:06-00", "04:05-00:00:00.000001", "04:05:06.1234567890123", "04:05:06.12345x", "04-05", "Z", "04Z", "04:05Z05"]
cases_d2t = ["2024-03-10\udc8014:30", "2024-03-10T14:30é", "2024-W10é12", "2024W10é12", "2024W1071230", "2024W10712300", "2024W107123", "2024-W10-", "2024",
            "2024-W1", "2024-W10-7", "2024-W10-712", "2024-03-10T14:30:00+", "20240310", "2024031", "2024-03-10\u00a0", "2024-03-10\U0001F600"+"12"]
for name, fn, cases in [("date", date.fromisoformat, cases_d2), ("time", time.fromisoformat, cases_t2), ("datetime", datetime.fromisoformat, cases_d2t)]:
    for c in cases:
        try:
            print(name, ascii(c), repr(fn(c)))
        except Exception as e:
            print(name, ascii(c), type(e).__name__, ascii(str(e)))
for bad in [None, b"2024-01-01"]:
    for fn in (date.fromisoformat, time.fromisoformat, datetime.fromisoformat):
        try:
            fn(bad)
        except TypeError as e:
            print(e)
class D(date): pass
class DT(datetime): pass
print(repr(D.fromisoformat("2024-01-02")), repr(DT.fromisoformat("2024-01-02T03")))
for c in ["04050612", "04:05:06:7", "04:05:06:78", "040506.5", "04:05:06\x00", "04\x00", "2024-03-10\xa014:30", "2024-03\xe910", "0405:", "04:05:06.1234567+01", "04:05:06.1+01:0", "04:05:06.1+01:00:00.1234567", "04:05:06-00:00:01"]:
    for fn in (time.fromisoformat, datetime.fromisoformat):
        try:
            print(ascii(c), repr(fn(c)))
        except Exception as e:
            print(ascii(c), type(e).__name__, ascii(str(e)))
for args in [(0, 1, 1), (10000, 1, 1), (2024, 53, 1), (2024, 0, 1), (2024, 1, 0), (2020, 53, 7), (9999, 52, 5), (9999, 52, 6)]:
    try:
        print(args, repr(date.fromisocalendar(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    date.fromisocalendar(2024.0, 1, 1)
except Exception as e:
    print(type(e).__name__, e)

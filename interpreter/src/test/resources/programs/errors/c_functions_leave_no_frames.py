# An error raised inside a function CPython writes in C (os.stat, struct.pack, datetime's
# constructors, heapq, bisect, itertools, operator, functools.reduce/partial, pickle, csv,
# zlib, binascii) has no frame of that function in its traceback: only the program's lines,
# and the program's own functions the C code called back (a key, a __lt__, a tzinfo, a
# __reduce__), as in CPython. The last error is uncaught.
import bisect
import binascii
import csv
import datetime
import functools
import heapq
import io
import itertools
import operator
import os
import pickle
import struct
import traceback
import zlib


def frames(call):
    try:
        call()
    except Exception as e:
        names = [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]
        print(type(e).__name__, "|", e)
        for name, line in names[1:]:
            print("   ", name, "|", line)


class Angry:
    def __lt__(self, other):
        raise ValueError("no order here")


class BadZone(datetime.tzinfo):
    def utcoffset(self, dt):
        return 1 / 0


class NoPickle:
    def __reduce__(self):
        raise RuntimeError("not today")


def add_or_fail(a, b):
    if b == 3:
        raise KeyError(b)
    return a + b


frames(lambda: os.stat("/no/such/file"))
frames(lambda: os.listdir("/no/such/dir"))
frames(lambda: struct.pack("i", "x"))
frames(lambda: struct.unpack("ii", b"abc"))
frames(lambda: datetime.date(2020, 2, 30))
frames(lambda: datetime.datetime(2020, 1, 1, 25))
frames(lambda: datetime.datetime(2020, 1, 1, tzinfo=BadZone()).utcoffset())
frames(lambda: datetime.timedelta(days=10**10))
frames(lambda: heapq.heappop([]))
frames(lambda: heapq.heappush([Angry()], Angry()))
frames(lambda: bisect.insort([Angry()], Angry()))
frames(lambda: list(itertools.islice("abc", -1)))
frames(lambda: list(itertools.starmap(add_or_fail, [(1, 2), (1, 3)])))
frames(lambda: operator.itemgetter(5)([1, 2]))
frames(lambda: operator.attrgetter("nope")(object()))
frames(lambda: functools.reduce(add_or_fail, [1, 2, 3]))
frames(lambda: functools.reduce(add_or_fail, []))
frames(lambda: functools.partial(add_or_fail, 1)(3))
frames(lambda: pickle.dumps(NoPickle()))
frames(lambda: pickle.loads(b"not a pickle"))
frames(lambda: list(csv.reader(io.StringIO('a,"b'), strict=True)))
frames(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
frames(lambda: zlib.decompress(b"junk"))
frames(lambda: binascii.unhexlify("abc"))
frames(lambda: io.StringIO().write(5))

print(datetime.date.fromisoformat("2020-13-01"))

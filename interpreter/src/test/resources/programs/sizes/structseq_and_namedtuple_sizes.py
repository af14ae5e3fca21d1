# Struct sequences (os.stat_result, time.struct_time, sys.flags,
# sys.float_info) are tuples with hidden fields: their len, their
# getsizeof, and namedtuple and tuple of the same items side by side.
import collections
import os
import sys
import time

st = os.stat(".")
tm = time.gmtime(0)
rows = [
    ("os.stat_result", st),
    ("time.struct_time", tm),
    ("sys.flags", sys.flags),
    ("sys.float_info", sys.float_info),
    ("sys.int_info", sys.int_info),
    ("sys.hash_info", sys.hash_info),
    ("sys.version_info", sys.version_info),
    ("sys.thread_info", sys.thread_info),
]
for label, obj in rows:
    print(f"{label:<18} len={len(obj):<3} n_fields={type(obj).n_fields:<3} n_sequence_fields={type(obj).n_sequence_fields:<3} "
          f"n_unnamed={type(obj).n_unnamed_fields} getsizeof={sys.getsizeof(obj)} tuple={sys.getsizeof(tuple(obj))}")
print("struct_time hidden fields:", tm.tm_zone, tm.tm_gmtoff)
print("isinstance tuple:", isinstance(tm, tuple), type(tm).__mro__[1].__name__)
Point = collections.namedtuple("Point", "x y z")
p = Point(1, 2, 3)
print("namedtuple:", sys.getsizeof(p), "tuple:", sys.getsizeof((1, 2, 3)), "class has __slots__:", Point.__slots__)
print("struct_time from a 9-tuple:", sys.getsizeof(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError:", e)
print("repr:", repr(sys.version_info)[:28])
print("reduce:", type(tm).__reduce__ is not None, tm.__reduce__()[0] is time.struct_time)
print("slicing gives a tuple:", type(tm[:3]).__name__, tm[:3])

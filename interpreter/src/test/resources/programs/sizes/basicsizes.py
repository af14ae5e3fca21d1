# tp_basicsize and tp_itemsize of the built-in types (__basicsize__, __itemsize__), as CPython
# 3.11's C structs give them on a 64-bit build: str's is the two-block PyUnicodeObject, bool's
# a whole (padded) one-digit int, int's ends where its digits start.
for t in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, range, slice):
    print(t.__name__, t.__basicsize__, t.__itemsize__)

# Reference count deltas (never absolute counts) of None, small ints and True across ordinary
# operations: a list of n Nones adds n, a dict of None values one per value, a function
# returning None hands its reference to the caller, dict.get's default, list(range(3)) holding
# 0, 1 and 2, lists of bools made by comparisons.
import sys


def delta(obj, action):
    before = sys.getrefcount(obj)
    kept = action()
    after = sys.getrefcount(obj)
    del kept
    return after - before


n = 50
print("[None] * n", delta(None, lambda: [None] * n))
print("dict.fromkeys(range(n))", delta(None, lambda: dict.fromkeys(range(n))))


def nothing():
    pass


print("list of returns", delta(None, lambda: [nothing() for _ in range(n)]))
print("dict.get default", delta(None, lambda: [{}.get(i) for i in range(n)]))
print("[7] * n", delta(7, lambda: [7] * n))
print("list(range(3)) holds 0,1,2", delta(1, lambda: list(range(3))))
print("[True] * n", delta(True, lambda: [True] * n))
print("bools from comparisons", delta(True, lambda: [i >= 0 for i in range(n)]))

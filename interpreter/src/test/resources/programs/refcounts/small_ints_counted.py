# In 3.11 small ints, None and True are shared objects with real refcounts (immortal objects arrive
# in 3.12): a new reference moves their count by exactly one. Their absolute counts depend on
# everything the interpreter has loaded, so only differences are printed.
import sys

before = sys.getrefcount(200)
holder = [200]
print("one more reference to 200:", sys.getrefcount(200) - before)
holder.append(200)
print("two more:", sys.getrefcount(200) - before)
b2 = sys.getrefcount(True)
flags = [True] * 50
print("[True] * 50:", sys.getrefcount(True) - b2)
del flags
print("released:", sys.getrefcount(True) - b2)
n = sys.getrefcount(None)
nones = [None, None, None]
print("three Nones:", sys.getrefcount(None) - n)

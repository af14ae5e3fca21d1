# Inside a with block CPython's value stack holds the bound __exit__ method, which holds the
# context manager.
import sys

class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  in __exit__:", sys.getrefcount(self))
        return False

class Other:
    def __enter__(self):
        return 42

    def __exit__(self, *exc):
        return False

cm = CM()
print("before:", sys.getrefcount(cm))
with cm as v:
    print("inside (cm, v, bound __exit__):", sys.getrefcount(cm))
print("after (v still bound):", sys.getrefcount(cm))
del v
o = Other()
with o:
    print("inside, __enter__ returned something else:", sys.getrefcount(o))
print("after:", sys.getrefcount(o))

# Exceptions raised in __del__ are reported on stderr as "Exception ignored in:" and execution goes on.
# collectors: generational marksweep
import gc

class Bad:
    def __del__(self):
        raise ValueError("bad del")

class BadNested:
    def __del__(self):
        self.helper()
    def helper(self):
        {}["missing"]

class BadInCycle:
    def __del__(self):
        raise RuntimeError("from a cycle")

b = Bad()
del b
print("after Bad")
n = BadNested()
n = None
print("after BadNested")
c = BadInCycle()
c.me = c
del c
print("collected:", gc.collect())

class BadRepr:
    def __repr__(self):
        raise TypeError("repr fails too")
    def __del__(self):
        raise KeyError("k")
x = BadRepr()
del x
print("end")

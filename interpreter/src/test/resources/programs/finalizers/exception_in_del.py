# An exception raised in __del__ cannot propagate: CPython prints "Exception ignored in: ..." and a
# traceback to stderr and goes on.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")

b = Bad()
del b
print("still running")

# BEFORE_WITH replaces the manager on the stack with its bound __exit__ and lets go of the manager
# before calling __enter__: inside __enter__ the manager is held by the bound __exit__, the bound
# __enter__ being called, the name (if any) and self.
import sys


class Manager:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self

    def __exit__(self, *exc):
        print("exit", sys.getrefcount(self))
        return False


m = Manager()
print("before", sys.getrefcount(m))
with m:
    print("body", sys.getrefcount(m))
with m as same:
    print("body as", sys.getrefcount(m))
del same
with Manager():
    pass
with Manager() as anon:
    print("anonymous body", sys.getrefcount(anon))
print("after", sys.getrefcount(m))

# refcounts inside with, for-else and try/finally
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", sys.getrefcount(self))
        return False
c = CM()
print(sys.getrefcount(c))
with c as v:
    print(sys.getrefcount(c))
print(sys.getrefcount(c))
del v
items = [object()]
for it in items:
    print(sys.getrefcount(it))
else:
    print("else", sys.getrefcount(it))
try:
    t = items[0]
    print(sys.getrefcount(t))
finally:
    print("finally", sys.getrefcount(t))

# Values made at run time have no constant owner: a global binding gives 2, a parameter 3.
import sys

v = int("100001")
w = float("2.5")
s = "".join(["run", "time"])
print(sys.getrefcount(v), sys.getrefcount(w), sys.getrefcount(s))

def take(a):
    return sys.getrefcount(a)

print(take(v), take(w), take(s))

def local():
    n = int("77777")
    return sys.getrefcount(n)

print(local())
print(sys.getrefcount(int("12345")))

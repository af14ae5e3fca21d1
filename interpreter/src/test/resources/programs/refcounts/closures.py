# references held by closure cells and default arguments
import sys
big = [1, 2, 3]
print(sys.getrefcount(big))
def make():
    v = big
    def inner():
        return v
    return inner
f = make()
print(sys.getrefcount(big))
def g(a=big):
    return a
print(sys.getrefcount(big))
print(f.__closure__[0].cell_contents is big, g.__defaults__[0] is big)
del f
print(sys.getrefcount(big))
del g
print(sys.getrefcount(big))

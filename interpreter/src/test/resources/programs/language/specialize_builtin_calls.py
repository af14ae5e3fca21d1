# Calls of len and isinstance at hot sites (PRECALL_NO_KW_LEN, PRECALL_NO_KW_ISINSTANCE), and calls
# whose PRECALL unpacks a bound method at the same site as plain functions and classes: results,
# errors, refcounts and the names rebound under the hot site (a global len, builtins.len replaced
# and restored) are CPython's.
import builtins
import sys


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Meta(type):
    def __instancecheck__(cls, o):
        return o == "yes"


class Anything(metaclass=Meta):
    pass


def lengths(xs):
    out = []
    for x in xs:
        try:
            out.append(len(x))
        except (TypeError, ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def checks(pairs):
    out = []
    for o, cls in pairs:
        try:
            out.append(isinstance(o, cls))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


class MyInt(int):
    pass


values = [[1, 2], "abc", (), {1: 2}, Sized(4), Sized(-1), Sized(2 ** 70), Sized(-2 ** 70), Sized(MyInt(3)),
          Sized(MyInt(2 ** 64)), Sized(2.5), 5, None, b"xy", range(3)]
for i in range(30):
    r = lengths(values)
print(r)

pairs = [(1, int), (True, int), (1, str), ("yes", Anything), ("no", Anything), (1, (str, int)),
         (1, (str, (bytes, int))), (1, 2), (1, (str, 3)), (Sized(1), Sized), (Sized, type), (1, int | str)]
for i in range(30):
    r = checks(pairs)
print(r)

# refcounts: the argument and the result are released as the generic call does
l = [1, 2, 3]
before = sys.getrefcount(l)
for i in range(50):
    n = len(l)
print(sys.getrefcount(l) - before, n)
big = Sized(10 ** 6)
before = sys.getrefcount(big), sys.getrefcount(Sized)
for i in range(50):
    ok = isinstance(big, Sized)
print(sys.getrefcount(big) - before[0], sys.getrefcount(Sized) - before[1], ok)


# arity and keywords at a hot site: the generic call's errors
def wrong(i):
    try:
        if i % 3 == 0:
            return len(i, i)
        if i % 3 == 1:
            return len(obj=i)
        return isinstance(i)
    except TypeError as e:
        return str(e)


print([wrong(i) for i in range(30)][-3:])


# the names rebound under a quickened site
def hot():
    return len([1, 2, 3]), isinstance(1, int)


for i in range(30):
    hot()
print(hot())
real_len, real_isinstance = len, isinstance
builtins.len = lambda o: "replaced"
builtins.isinstance = lambda o, c: "replaced too"
print(hot())
del builtins.len
del builtins.isinstance
try:
    hot()
except NameError as e:
    print("NameError:", e)
builtins.len = real_len
builtins.isinstance = real_isinstance
print(hot())
len = lambda o: "a global"
print(hot())
del len
print(hot())


class M:
    def m(self, a, b=2):
        return a + b


def calls(f, n):
    total = 0
    for i in range(n):
        total += f(i)
    return total


o = M()
bound = o.m
print(calls(bound, 40), calls(lambda i: i, 40), calls(int, 40), calls(abs, 40), calls(bound, 40))
print(sys.getrefcount(o) - 2 >= 1, sys.getrefcount(bound))

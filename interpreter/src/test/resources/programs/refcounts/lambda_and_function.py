# A function object is referenced by its name; a lambda stored in a list by the list. A recursive
# function reads its own name from the globals: no extra reference.
import sys

def f():
    return sys.getrefcount(f)

print("def f:", sys.getrefcount(f), "from inside:", f())
lam = lambda: 0
print("lambda:", sys.getrefcount(lam))
funcs = [lam, lam]
print("in a list twice:", sys.getrefcount(lam))
print("temporary lambda:", sys.getrefcount(lambda: 1))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), sys.getrefcount(fact))

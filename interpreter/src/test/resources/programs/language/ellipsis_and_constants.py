# Constants the compiler folds that are not plain numbers or strings: Ellipsis, complex literals, frozenset
# constants from `in {...}` tests.
x = ...
print(x, repr(...), type(...).__name__, ... is Ellipsis, x is Ellipsis, Ellipsis, str(...))
def f(v):
    return v in {1, 2, "three"}
print(f(1), f("three"), f(4), f.__code__.co_consts[-1] == frozenset({1, 2, "three"}), type(f.__code__.co_consts[-1]).__name__)
for v in (3j, 1 + 2j, -1j):
    print(v, type(v).__name__)
def g():
    return 2j, (1, 2j), ...
print(g(), g()[0] is g()[0])

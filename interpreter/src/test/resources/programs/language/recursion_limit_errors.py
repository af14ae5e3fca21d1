# Recursion: factorial and Fibonacci recursively, the recursion limit and RecursionError's
# message for functions, methods, __repr__ and mutual recursion, and recovering afterwards.
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(factorial(10), factorial(30), [fib(i) for i in range(15)])
print(sys.getrecursionlimit())


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth()
print(900 < d < 1000)


class Node:
    def __init__(self):
        self.child = self

    def __repr__(self):
        return f"Node({self.child!r})"


try:
    repr(Node())
except RecursionError as e:
    print("RecursionError:", e)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(7))
try:
    is_even(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
lst = []
lst.append(lst)
print(lst, str(lst))
d = {}
d["self"] = d
print(d)
sys.setrecursionlimit(60)
try:
    factorial(100)
except RecursionError as e:
    print("RecursionError at a low limit:", e)
sys.setrecursionlimit(1000)
print(factorial(100) > 10 ** 150)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))


def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]


print(flatten([1, [2, [3, [4, [5]]]], 6]))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]


print(permutations("abc"))

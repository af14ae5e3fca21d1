# Error case: an uncaught RecursionError from mutual recursion, after one caught one.
import sys
sys.setrecursionlimit(200)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(50))
try:
    is_even(500)
except RecursionError as e:
    print("caught:", e)
class Tree:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Tree({self.child!r})"
try:
    repr(Tree())
except RecursionError as e:
    print("repr:", e)
print(is_odd(1000))

# A RecursionError raised from __repr__ that calls itself through an f-string.
import sys
sys.setrecursionlimit(200)

class Tree:
    def __init__(self):
        self.children = [self]

    def __repr__(self):
        return f"Tree({self.children})"

t = Tree()
print(repr([1, 2, [3]]))
print(repr(t))

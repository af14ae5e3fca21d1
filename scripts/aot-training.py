# The start-up cache's training run (./pyheap makes .pyheap-build/aot/*.aot with it after a build):
# a short program taking the paths most programs take at start-up, so the classes they load are
# kept loaded and linked in the cache, with the profiles of the methods they run. It imports the
# library modules programs about memory commonly import (their module bodies are most of what such a
# program runs before its own code). Its output is not shown.
import collections
import functools
import gc
import json
import os
import random
import re
import sys
import traceback
import weakref


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


points = [Point(i, i * i) for i in range(200)]
total = 0
for p in points:
    total += p.y
try:
    {}["missing"]
except KeyError as e:
    message = str(e)
    lines = traceback.format_exception(e)
a = []
a.append(a)
del a
counts = collections.Counter(type(p).__name__ for p in points)
refs = [weakref.ref(p) for p in points[:10]]
random.seed(12345)
words = re.findall(r"\w+", "the quick brown fox " * 10)
print(json.dumps({"total": total, "last": repr(points[-1]), "message": message}), gc.collect(),
      sys.getsizeof(points), len(counts), len(refs), random.random(), len(words), os.getcwd() != "",
      functools.reduce(lambda x, y: x + y, range(10)))


# The shapes most programs' own code takes, run long enough for the JIT to profile them: instances
# made with and without arguments (defaults), recursion, attribute stores and loads, int and float
# arithmetic, comparisons before a jump, list item stores, range loops.
class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right


def populate(depth, node):
    if depth <= 0:
        return
    node.left = Node()
    node.right = Node()
    populate(depth - 1, node.left)
    populate(depth - 1, node.right)


def make_tree(depth):
    if depth <= 0:
        return Node()
    return Node(make_tree(depth - 1), make_tree(depth - 1))


for _ in range(40):
    populate(6, Node())
    make_tree(6)
values = [0.0] * 2000
for i in range(1, 1000):
    values[i] = 1.0 / i

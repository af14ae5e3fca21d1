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
# str's Unicode table, read on the first question about a non-ASCII character
title = "naïve straße".title()
print(json.dumps({"total": total, "last": repr(points[-1]), "message": message}), gc.collect(), title,
      sys.getsizeof(points), len(counts), len(refs), random.random(), len(words), os.getcwd() != "",
      functools.reduce(lambda x, y: x + y, range(10)))



# The shapes most programs' own code takes, run long enough for the JIT to profile them: instances
# made with and without arguments (defaults), recursion, attribute stores (first and again) and
# loads, int and float arithmetic, comparisons before a jump, list item stores, range loops.
class Cell:
    def __init__(self, head=None, tail=None):
        self.head = head
        self.tail = tail


def fill(cell, depth):
    """Top-down: a cell gets new children after it exists."""
    while depth > 0:
        cell.head = Cell()
        cell.tail = Cell()
        fill(cell.head, depth - 1)
        cell = cell.tail
        depth -= 1


def build(depth):
    """Bottom-up: the children exist before their parent."""
    return Cell() if depth <= 0 else Cell(build(depth - 1), build(depth - 1))


for _ in range(40):
    fill(Cell(), 7)
    build(6)
ratios = [0.0] * 2000
for i in range(1, 1000):
    ratios[i] = 1.0 / i

# Sorting as data-processing code does it: keys with itemgetter/attrgetter, multi-key sorts by
# successive stable passes, reverse=True keeping ties in order, cmp_to_key, locale-free
# case-insensitive keys, sorted on dicts/strings/generators, natural sort, sort by a computed
# key that raises, and the TypeErrors of mixed types with their exact messages.
from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key
from collections import namedtuple
import re

Emp = namedtuple("Emp", "name dept salary age")
staff = [Emp("ann", "eng", 120, 31), Emp("bob", "ops", 90, 45), Emp("cy", "eng", 120, 28),
         Emp("dee", "ops", 95, 45), Emp("eve", "hr", 70, 38), Emp("fay", "eng", 105, 31)]
print([e.name for e in sorted(staff, key=attrgetter("salary"))])
print([e.name for e in sorted(staff, key=attrgetter("salary"), reverse=True)])
print([e.name for e in sorted(staff, key=attrgetter("dept", "age"))])
s = sorted(staff, key=attrgetter("age"))
s = sorted(s, key=attrgetter("dept"), reverse=True)
print([(e.dept, e.age, e.name) for e in s])
print([e.name for e in sorted(staff, key=lambda e: (-e.salary, e.name))])
rows = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), sorted(rows))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True), sorted(words, key=len))
print(sorted(words, key=methodcaller("count", "a")), max(words, key=len), min(words, key=lambda w: w[-1]))

def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)

versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
print(sorted(versions), sorted(versions, key=cmp_to_key(compare_versions)))
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "file3.txt"]
print(sorted(files), sorted(files, key=natural))
d = {"x": 3, "a": 1, "m": 2}
print(sorted(d), sorted(d.items(), key=itemgetter(1)), sorted(d, key=d.get, reverse=True), sorted("hello"), sorted(x * x for x in range(-3, 3)))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, reverse=True), list(reversed(lst)))
for bad in ([3, "a", 1], [1, None], [(1, "a"), (1, 2)], [{1}, {2}, 3], [1j, 2j], [[1], (1,)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2, 0], key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print("TypeError:", e)
try:
    [2, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min(3, 1, 2, key=lambda v: -v), sorted([{1, 2}, {1}, {3}]), sorted([True, 0, 2, False, 1.5]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)], default=None) if False else "", sorted([Rev(2), Rev(1)], reverse=True))
try:
    max(Rev(1), Rev(2))
except TypeError as e:
    print("TypeError:", e)

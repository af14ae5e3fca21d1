# sorting: stability across multiple passes, key functions with tuples and reversed fields, sort errors of mixed types, locale-free natural sort, sort in place during iteration
import operator, re
from functools import cmp_to_key
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "sf"), ("dan", 25, "nyc"), ("eve", 40, "la")]
by_age = sorted(people, key=operator.itemgetter(1))
print(by_age)
by_city_then_age = sorted(sorted(people, key=lambda p: p[1], reverse=True), key=lambda p: p[2])
print(by_city_then_age)
print(sorted(people, key=lambda p: (-p[1], p[0])))
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "file3.txt"]
print(sorted(files), sorted(files, key=natural))
for mixed in ([3, "a", 1], [1, None], [(1, "a"), (1, 2)], [{1}, {2}, {1, 2}], [[1, 2], [1, "x"]], [1.5, 2, True]):
    try:
        print(sorted(mixed))
    except TypeError as e:
        print("TypeError:", e)
nums = [5, 2, 8, 1]
try:
    nums.sort(key=lambda x: 1 / (x - 8))
except ZeroDivisionError as e:
    print("key failed:", e, nums)
lst = [3, 1, 2]
def evil_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=evil_key)
except ValueError as e:
    print(e)
print(lst)
print(sorted("bBaAcC", key=str.lower), sorted("bBaAcC", key=str.lower, reverse=True))
print(sorted([-3, 1, -2, 4], key=abs), sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([[], [1], [0, 5], [0]]), sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, "b"), (1, "a")]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]), min(Rev(1), Rev(5)), max([Rev(4), Rev(9)]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)), sorted(words, key=cmp_to_key(lambda a, b: len(b) - len(a)))[:3])
data = [3, 1, 2]
print(data.sort(), data, list(reversed(data)), sorted(data, reverse=True) == data[::-1])
try:
    sorted([1, 2], key=lambda x, y: 0)
except TypeError as e:
    print(e)
try:
    [2, 1].sort(lambda a: a)
except TypeError as e:
    print(e)

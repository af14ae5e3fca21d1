# Python Cookbook style iteration recipes: windows, chunking, pairwise, dedupe keeping order, tree walking
from itertools import islice, chain, groupby, zip_longest, tee, accumulate, count, takewhile, dropwhile, compress, starmap, product, permutations, combinations, combinations_with_replacement, pairwise, cycle, repeat, filterfalse
from collections import deque
import operator

def window(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(window(range(6), 3)))

def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunked("abcdefg", 3)))

def dedupe(items, key=None):
    seen = set()
    for item in items:
        val = item if key is None else key(item)
        if val not in seen:
            seen.add(val)
            yield item
print(list(dedupe([1, 5, 2, 1, 9, 1, 5, 10])), list(dedupe([{"x": 1}, {"x": 2}, {"x": 1}], key=lambda d: d["x"])))

rows = [{"date": "07/01", "addr": "5412 N CLARK"}, {"date": "07/02", "addr": "5800 E 58TH"},
        {"date": "07/01", "addr": "5645 N RAVENSWOOD"}, {"date": "07/02", "addr": "1060 W ADDISON"}]
rows.sort(key=operator.itemgetter("date"))
for date, items in groupby(rows, key=operator.itemgetter("date")):
    print(date, [i["addr"] for i in items])

print(list(pairwise("abcd")), list(zip_longest("ab", "xyz", fillvalue="-")))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(takewhile(lambda x: x < 3, count())), list(dropwhile(lambda l: l.startswith("#"), ["#a", "#b", "c", "#d"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2)])), list(filterfalse(str.isdigit, "a1b2")))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abc", 2)))
print(list(combinations_with_replacement("ab", 2)), list(islice(cycle("xy"), 5)), list(repeat(7, 3)), list(chain.from_iterable(["ab", "c"])))

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    def add(self, n):
        self.children.append(n)
        return n
    def __iter__(self):
        return iter(self.children)
    def depth_first(self):
        yield self
        for c in self:
            yield from c.depth_first()
    def __repr__(self):
        return f"Node({self.value!r})"
root = Node(0)
c1 = root.add(Node(1)); c2 = root.add(Node(2))
c1.add(Node(3)); c1.add(Node(4)); c2.add(Node(5))
print(list(root.depth_first()))

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1
print(list(Countdown(4)), list(reversed(Countdown(4))))
lines = ["x", "y", "z"]
for i, line in enumerate(lines, 1):
    print(i, line, end="; ")
print()
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
print(sorted(chain([3, 1], (2,)), reverse=True), list(map(operator.add, [1, 2], [10, 20, 30])))
print(list(zip(*[iter(range(9))] * 3)))

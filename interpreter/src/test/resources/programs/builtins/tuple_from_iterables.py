# tuple(iterable) sizes its tuple by the iterable's length hint (10 without one), grows it by
# n + 10 + (n + 10) // 4 while items keep coming and cuts it to size at the end: the result holds
# exactly its items whatever the hint said, and an error mid-way releases what was taken.
import sys

class Hint:
    def __init__(self, hint, count, fail_at=None):
        self.hint, self.count, self.fail_at = hint, count, fail_at
    def __iter__(self):
        return HintIter(self)

class HintIter:
    def __init__(self, src):
        self.src, self.i = src, 0
    def __iter__(self):
        return self
    def __length_hint__(self):
        return self.src.hint
    def __next__(self):
        if self.i == self.src.fail_at:
            raise ValueError("stop at %d" % self.i)
        if self.i >= self.src.count:
            raise StopIteration
        self.i += 1
        return [self.i]

def gen(n):
    for i in range(n):
        yield i * 1000

for hint, count in [(2, 30), (100, 3), (0, 0), (0, 5), (5, 0), (7, 7)]:
    t = tuple(Hint(hint, count))
    print(hint, count, len(t), sys.getsizeof(t), t[-1] if t else None)
for n in (0, 1, 10, 11, 40):
    t = tuple(gen(n))
    print("gen", n, len(t), sys.getsizeof(t), t is tuple() if n == 0 else t[-1])
item = [0]
before = sys.getrefcount(item)
def repeat(n, fail):
    for i in range(n):
        if i == fail:
            raise KeyError(i)
        yield item
try:
    tuple(repeat(25, 17))
except KeyError as e:
    print("KeyError", e, sys.getrefcount(item) - before)
try:
    tuple(Hint(3, 10, fail_at=6))
except ValueError as e:
    print("ValueError", e)
print(tuple("abc"), tuple({1: 2, 3: 4}), tuple(range(3)), tuple([5, 6]), tuple((7,)))

# The iteration builtins as a course's exercise sheet uses them: zip (strict and its
# ValueError wording for shorter/longer arguments), map over several iterables, filter(None),
# enumerate with start, iter(callable, sentinel) reading chunks, reversed over a class with
# __reversed__ and over __len__/__getitem__, any/all short-circuiting, sum with start and its
# str refusal, range arithmetic (slicing, index, count, contains for huge values, equality).
import functools, io

print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip()), list(zip("ab", range(10))))
for args in (("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "a", "ab")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, "ab")), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 0.0, -1])), list(filter(str.isdigit, "a1b22c")))
print(list(enumerate("xyz", start=10)), list(enumerate([], 5)), next(enumerate("q", -1)))
stream = io.StringIO("abcdefghij")
print(list(iter(functools.partial(stream.read, 3), "")))
counter = iter([1, 2, 3, 0, 4]).__next__
print(list(iter(counter, 0)))

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
class Deck(Playlist):
    def __reversed__(self):
        print("  Deck.__reversed__")
        return iter(["custom"])
print(list(reversed(Playlist("a", "b", "c"))), list(reversed(Deck(1, 2))), list(Playlist("x", "y")), "b" in Playlist("a", "b"))
for bad in (iter([1]), {1: 2}.keys() if False else {1, 2}, 5):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), calls, all(check(v) for v in [3, 1, 5]), calls, any([]), all([]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum((x for x in range(5)), start=100), sum([True, True]))
for bad in ((["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())):
    try:
        sum(*bad)
    except TypeError as e:
        print("TypeError:", e)
r = range(3, 50, 7)
print(r, list(r), r[2], r[-1], r[1:4], r[::-1], r[::2], len(r), r.index(17), r.count(10), 17 in r, 18 in r)
big = range(0, 10**20, 3)
print(big.stop, 10**19 - 1 in big, big[10**18], big[-1], big[::10**19], range(5) == range(0, 5, 1), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2), hash(range(0)) == hash(range(3, 3)))
try:
    r.index(18)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError:", e)
print(min("apple", "fig", key=len), max([3, 1, 2], default=0), min((), default=None), max(range(5), key=lambda v: -v), divmod(17, 5), abs(-3.5), abs(-2**70), round(2.5), pow(2, -1))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"), list(zip(it, it)))
pairs = iter(range(6))
print(list(zip(pairs, pairs)), dict(zip("ab", range(2))), list(map(None.__class__, [])) if False else "")

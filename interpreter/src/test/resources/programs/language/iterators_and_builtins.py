# The iterator protocol by hand (iter/next with a default, sentinel form of iter), builtins
# that consume iterators once, map/filter/zip laziness, reversed, enumerate objects, and
# several builtins beginners use: abs, round, divmod, isinstance with tuples, input-free ones.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
squares = map(lambda x: x * x, range(4))
print(type(squares).__name__, list(squares), list(squares))
evens = filter(lambda x: x % 2 == 0, range(7))
print(next(evens), list(evens))
z = zip("abc", range(3))
print(next(z), dict(z))
e = enumerate("xy", 10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
data = iter(range(10))
print(list(zip(data, data)))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
print(sum(range(5)), sum(range(5), 100), len(range(3, 30, 3)), list(map(int, "123")), list(map(len, ["a", "bb"])))
print(abs(-3), abs(3.5), abs(-2 + 0j), round(3.14159, 2), round(2.675, 2), divmod(-7, 2), pow(2, 5))
print(isinstance(3, (int, float)), isinstance(True, int), isinstance(3.0, int), type(3) in (int, float))
print(min("bca"), max([], default=None), max("a", "bb", key=len), sorted({"b": 1, "a": 2}), bin(10), oct(8), hex(255))
print(int(True), float(3), str(3.0), bool("False"), list("abc"), chr(97), ord("a"), len("four"))
print(all([1, 1]), any([0, 0]), sum([True, True, False]), list(filter(str.isdigit, "a1b2")))
print(hash("abc") == hash("abc"), id(1) == id(1), type(range(3)).__name__, range(3) == range(0, 3))
print(repr(range(0, 10, 2)), range(10)[2:5], range(10)[::-1][0], list(range(10))[-3:])
print(callable(len), getattr(str, "upper")("x"), vars().get("it") is it, "print" in dir(__builtins__))
print(isinstance([], list), issubclass(list, object), list.__name__, [].__class__.__name__)
print(format(3.14159, ".2f"), format(42, "b"), format(42, "x"), format("hi", "^6"), format(1234567, ","))
values = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(set(values)), len(values), values.count(1), sum(values) / len(values))
it2 = iter("ab")
print(list(it2), list(it2), iter(it2) is it2)


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(50)), sum(Fib(50)), max(Fib(50)), 21 in Fib(50))
print(list(zip(*[iter("abcdef")] * 2)), dict(enumerate("ab")), list(map(lambda a, b: a + b, "ab", "xy")))

# Unpacking in every position and its errors: too many/few values (with the counts CPython
# reports for sequences of known length and for iterators), starred targets, nested targets,
# unpacking of dicts/strings/sets/generators, swaps, for-loop targets, star in calls and
# literals, ** merges with duplicate keys, and non-iterables.
a, b, *rest = range(5)
print(a, b, rest)
*init, last = "hello"
print(init, last)
first, *middle, end = [1, 2]
print(first, middle, end)
(p, q), [r, *s] = "xy", (1, 2, 3)
print(p, q, r, s)
x, y = y, x = 1, 2
print(x, y)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
for i, (ch, n) in enumerate(zip("ab", [10, 20])):
    print(i, ch, n)
print(*range(3), sep="-")
print([*"ab", *range(2), *{"k": 1}], {*"aba"} == {"a", "b"}, (*[1], 2))
print({**{"a": 1, "b": 2}, **{"b": 3}, "c": 4})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))

cases = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 1",
    "a, b = (x for x in range(5))",
    "a, b, c = iter([1])",
    "a, *b, c = [1]",
    "a, *b, c, d = range(2)",
    "[a] = []",
    "a, b = {'x': 1}",
    "a, b = None",
    "(a, b), c = [1, 2], 3",
    "(a, b), c = 1, 2",
    "a, b = 'xyz'",
    "f(**{'x': 1}, **{'x': 2})",
    "f(*1)",
    "f(**[1])",
    "{**[1]}",
    "[*5]",
    "a, b = {1, 2, 3}",
]
for src in cases:
    try:
        exec(src)
        print("ok:", src)
    except (ValueError, TypeError) as e:
        print(f"{src:30} -> {type(e).__name__}: {e}")
for src in ["*a = [1]", "a, *b, *c = 1, 2", "*a, = 1,", "del *a", "print(*)", "a, *b = *c"]:
    try:
        compile(src, "<u>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src:30} -> SyntaxError: {e.msg}")
class Pair:
    def __init__(self, a, b): self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
m, n = Pair(3, 4)
print(m, n, [*Pair("x", "y")], dict([Pair("k", "v")]))
class Bad:
    def __iter__(self): return 5
try:
    u, v = Bad()
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(list(Idx()), [*Idx()])
u, v, w = Idx()
print(u, v, w)

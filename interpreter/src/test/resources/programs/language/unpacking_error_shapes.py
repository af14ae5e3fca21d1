# unpacking: every shape of error message, starred targets in for loops and nested targets, dict/set/generator sources, swaps, extended iterable unpacking in calls and literals
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "!!", type(e).__name__, e)

def u1(): a, b = [1, 2, 3]; return a, b
def u2(): a, b, c = (1,); return a
def u3(): a, *b, c, d = [1, 2]; return a
def u4(): a, b = None; return a
def u5(): (a, b), c = [1, 2], 3; return a
def u6(): (a, b), c = 1, 2; return a
def u7(): a, b = "xyz"; return a
def u8(): a, b = iter(range(10)); return a
def u9(): [a, [b, *c]] = [1, [2, 3, 4]]; return a, b, c
def u10(): a, b = {"k": 1, "j": 2}; return a, b
def u11(): a, = []; return a
def u12(): *a, = "hi"; return a
def u13(): a, b = (x for x in range(3)); return a
def u14(): a, *b = 5; return a
def u15(): x, y = {1, 2}; return sorted([x, y])
for i, fn in enumerate([u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13, u14, u15], 1):
    attempt(f"u{i}", fn)

pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (first, second) in pairs:
    print(n, first, second)
for head, *tail in ["abc", [1, 2], (3,)]:
    print(head, tail)
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
print(*range(3), *"ab", sep=",")
print([*range(2), *{"k": 1}, *(c for c in "yz")], {*"aab", *[1]} == set("ab") | {1}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(a, b, c=0, *rest, key=None, **kw):
    return a, b, c, rest, key, kw
print(f(*[1, 2], *[3, 4], key=5, **{"z": 6}))
attempt("dup kw", lambda: f(1, 2, **{"key": 1}, key=2))
attempt("star non-iter", lambda: f(*5))
attempt("dstar non-map", lambda: f(**[1]))
attempt("dstar key type", lambda: f(1, 2, **{1: 2}))
attempt("missing", lambda: f(1))
attempt("too many pos", lambda: (lambda a: a)(*[1, 2]))
first, *_, last = range(10)
print(first, last, _)
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
[[x1, y1], *others] = [[1, 2], [3, 4], [5, 6]]
print(x1, y1, others)
m = {"point": (3, 4)}
match m:
    case {"point": (px, py)}:
        print(px, py)

# Error case: the messages of common TypeErrors and ValueErrors, then an uncaught one.
tests = [
    lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: len(5), lambda: int([1]),
    lambda: "abc"[1.5], lambda: {}[[]], lambda: sorted([1, "a"]), lambda: max([]), lambda: None(),
    lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda *, k: k)(1), lambda: dict(a=1)["b"],
    lambda: "x" * 2.0, lambda: [].index(3), lambda: "{0} {1}".format(1), lambda: "%d" % "s", lambda: int("3.5"),
    lambda: float("abc"), lambda: hash([]), lambda: iter(5), lambda: next(iter([])), lambda: divmod(1, 0),
    lambda: (1, 2).append(3), lambda: object().x, lambda: setattr(1, "x", 2), lambda: frozenset([1]).add(2),
    lambda: "abc".join([1, 2]), lambda: bytes("é"), lambda: chr(-1), lambda: ord("ab"), lambda: range(1.5),
    lambda: list(zip(strict=True, *[[1], [1, 2]])), lambda: print(sep=1), lambda: round("1"), lambda: abs("x"),
    lambda: [1, 2, 3][5], lambda: (1,)[1], lambda: "s".nope, lambda: int.nope, lambda: 1 < "a", lambda: [] < (),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
def process(items):
    return {item.upper(): len(item) for item in items}
print(process(["a", "bb"]))
print(process(["a", None, "c"]))

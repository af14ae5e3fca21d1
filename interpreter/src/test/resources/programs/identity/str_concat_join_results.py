# What str + str and str.join give back: the other operand itself when one side is the empty str,
# the one exact item of a join, otherwise a new str (also for a one-character result, which is not
# the cached character), the widest layout of the parts, and join's errors.
import sys

EMPTY = str()


class S(str):
    pass


s = "abc"
e = ""
print(("" + s) is s, (s + "") is s, (e + e) is EMPTY)
t = "" + S("q")
print(type(t).__name__, t, t is chr(113))
u = S("xy") + ""
print(type(u).__name__, u)
print(type(S("ab") + S("cd")).__name__, S("ab") + S("cd"))
print(repr(S("") + S("")), (S("") + S("")) is EMPTY)

one = "".join(["a", ""])
print(one, one is chr(97), sys.getrefcount(one))
print("".join(["é", ""]) is chr(233))
w = "word"
print("".join([w]) is w, ",".join([w]) is w, ",".join((w,)) is w)
print(type("".join([S("ab")])).__name__, "".join([S("ab")]) == "ab")
print(repr("".join([])), "".join([]) is EMPTY, "".join(["", ""]) is EMPTY, "-".join(iter([])) is EMPTY)

parts = ["a", "é", "ĀĀ", "\U0001F600"]
for sep in ["", ",", "é", "\u20ac", "\U0001F600"]:
    r = sep.join(parts)
    print(ascii(r), len(r), sys.getsizeof(r))
print(ascii("\u20ac".join(["a"])), sys.getsizeof("\u20ac".join(["a", "b"])))
print(ascii("ab" + "\u20ac" + "\U0001F600" + "é"), sys.getsizeof("é" + "a"), sys.getsizeof("\u20ac" + "a"))
print(sys.getsizeof("ab" + "cd"), sys.getsizeof("\U0001F600" + "a"))

print(", ".join(map(str, range(5))), "/".join(x for x in "xyz"), "".join({"k": 1}))
for bad in [5, None, ["a", 1], ("a", b"b"), [S("a"), 2.5]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)


def gen():
    yield "a"
    raise ValueError("from the iterable")


try:
    ",".join(gen())
except ValueError as e:
    print("ValueError", e, e.__context__)
try:
    "" + 5
except TypeError as e:
    print(e)

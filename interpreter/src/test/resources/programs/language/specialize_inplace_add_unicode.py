# BINARY_OP_INPLACE_ADD_UNICODE: `s += t` (or `s = s + t`) of exact strs stored back to the local
# holding s grows s in place when nothing else sees it (refcount 1, no hash computed, not interned,
# a right side no wider than its layout); the grown str keeps its id() while its block's size class
# holds it. Which runs specialize is 3.11's adaptive machinery, visible through id(): the code is
# quickened after 8 RESUMEs and JUMP_BACKWARDs (not the conditional backward jumps of `while`), the
# site specializes on its next run by the operands then, a specialized site deoptimizes after 53
# misses and waits 31 runs, a failed specialization waits 1, 3, 7 ... runs. Each line prints, per
# run, 1 when the str kept its id and 0 when the result is another object ('-' for other runs).
import sys


def fresh(n, c="a"):
    return "".join([c] * n)  # a new str nobody else holds (a constant would be held by the code)


def one_call():
    s = fresh(20)
    before = id(s)
    s += "b"
    return str(int(id(s) == before))


print("calls   ", "".join(one_call() for _ in range(12)))


def grow(n):
    s = fresh(20)
    marks = []
    for _ in range(n):
        before = id(s)
        s += "b"
        marks.append(str(int(id(s) == before)))
    return "".join(marks), len(s), s[-3:]


print("loop    ", grow(40))
print("again   ", grow(40))


def plus_form(n):
    s = fresh(20)
    marks = []
    for _ in range(n):
        before = id(s)
        s = s + "b"  # NB_ADD stored to the same local specializes the same way
        marks.append(str(int(id(s) == before)))
    return "".join(marks)


print("plus    ", plus_form(20))


def other_target(n):
    s = fresh(20)
    marks = []
    for _ in range(n):
        before = id(s)
        t = s + "b"  # the local stored to does not hold the left operand: BINARY_OP_ADD_UNICODE
        marks.append(str(int(id(t) == before)))
        s = fresh(20)
    return "".join(marks)


print("other   ", other_target(12))


def mixed(kinds):
    marks = []
    for k in kinds:
        if k == "i":
            s, y = 5, 1
        elif k == "f":
            s, y = 2.5, 0.5
        else:
            s, y = fresh(20), "b"
        before = id(s)
        s += y
        marks.append(str(int(id(s) == before)) if k == "s" else "-")
    return "".join(marks)


# one site, the same code object each time: its state carries over from call to call
print("ints    ", mixed("i" * 20 + "s" * 70))
print("ints    ", mixed("i" * 20 + "s" * 70))
print("strs    ", mixed("s" * 20 + "i" * 60 + "s" * 5))
print("53 less ", mixed("s" * 20 + "i" * 52 + "s" * 5))
print("53      ", mixed("s" * 20 + "i" * 53 + "s" * 5))
print("floats  ", mixed("f" * 30 + "s" * 40))


def failing(kinds):
    marks = []
    for k in kinds:
        s = fresh(20)
        y = 1.5 if k == "f" else "b"
        before = id(s)
        try:
            s += y
        except TypeError as e:
            marks.append("T")
            last = str(e)
            continue
        marks.append(str(int(id(s) == before)))
    return "".join(marks), last


print("backoff ", failing("f" * 10 + "s" * 10))
print("backoff ", failing("f" * 40 + "s" * 20))


def shared(kinds):
    marks = []
    keep = None
    for k in kinds:
        s = fresh(20)
        if k == "k":
            keep = s  # a second reference: a new str, the kept one unchanged
        elif k == "h":
            hash(s)  # a computed hash: a new str
        elif k == "n":
            s = sys.intern(s)  # interned: a new str
        before = id(s)
        s += "b"
        marks.append(str(int(id(s) == before)))
        if keep is not None:
            marks.append("(" + keep[-2:] + ")")
            keep = None
    return "".join(marks)


print("shared  ", shared("s" * 10 + "k" + "s" + "h" + "s" + "n" + "s"))


def kinds():
    out = []
    for left, right in [("a", "é"), ("é", "a"), ("é", "ÿ"), ("€", "é"), ("€", "😀"), ("😀", "€"), ("a", "€")]:
        marks = []
        for _ in range(12):
            s = fresh(20, left)
            before = id(s)
            s += right
            marks.append(str(int(id(s) == before)))
        out.append(left + right + ":" + "".join(marks) + ":" + str(len(s)) + ":" + s[-2:])
    return out


for line in kinds():
    print("kinds   ", line)


def empties():
    marks = []
    r = fresh(5, "r")
    for _ in range(12):
        s = ""
        s += r  # '' += r is r itself
        marks.append(str(int(s is r)))
        before = id(s)
        s += ""  # s += '' leaves s
        marks.append(str(int(id(s) == before)))
    return "".join(marks), sys.getrefcount(r)


print("empties ", empties())


class S(str):
    pass


def subclass(kinds):
    marks = []
    for k in kinds:
        s = fresh(20)
        y = S("b") if k == "u" else "b"
        before = id(s)
        s += y
        marks.append(str(int(id(s) == before)) + ("u" if type(s) is not str else ""))
    return "".join(marks)


print("subclass", subclass("s" * 10 + "u" * 3 + "s" * 3))


def right_refs():
    right = fresh(3, "z")
    counts = []
    for _ in range(12):
        s = fresh(20)
        s += right
        counts.append(sys.getrefcount(right))
    return counts, sys.getrefcount(s)


print("refs    ", right_refs())


def while_loop(n):
    s = fresh(20)
    marks = []
    i = 0
    while i < n:  # its back edge is a conditional jump: no warmup
        before = id(s)
        s += "b"
        marks.append(str(int(id(s) == before)))
        i += 1
    return "".join(marks)


print("while   ", while_loop(20))


def gen():
    s = fresh(20)
    while True:
        before = id(s)
        s += "b"
        yield str(int(id(s) == before))  # each resumption is a RESUME


g = gen()
print("gen     ", "".join(next(g) for _ in range(14)))


def build(n):
    s = ""
    for i in range(n):
        s += "x%d," % (i % 10)
    return len(s), s[:9], s[-6:], hash(s) == hash("".join("x%d," % (i % 10) for i in range(n)))


print("build   ", build(20000))


def other_local(n):
    a = fresh(20)
    marks = []
    for _ in range(n):
        b = a  # b holds the same str, which has two references
        before = id(b)
        b += "c"
        marks.append(str(int(id(b) == before)) + a[-1])
        a = fresh(20)
    return "".join(marks)


print("alias   ", other_local(12))

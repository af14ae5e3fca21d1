# The depth a recursion reaches through a built-in method by its calling convention, as 3.11's
# specialized PRECALL counts it: METH_O and METH_NOARGS methods (str.join, list.extend, list.count,
# deque.extend) count a level per call, METH_FASTCALL ones (list.index, dict.pop, dict.setdefault)
# do not, keywords (list.sort(key=...)) and METH_VARARGS (set.update, str.format) go the generic
# way and count; list.append with its result popped calls nothing; a bound method of each kind.
import collections
import sys

sys.setrecursionlimit(400)


def reach(name, step):
    depth = 0

    def go():
        nonlocal depth
        depth += 1
        step(go)

    try:
        go()
    except RecursionError as e:
        print(f"{name:28} {depth:4} {e}")


class Eq:
    def __init__(self, then):
        self.then = then

    def __eq__(self, other):
        self.then()
        return False

    def __hash__(self):
        self.then()
        return 1


class Fmt:
    def __init__(self, then):
        self.then = then

    def __format__(self, spec):
        self.then()
        return ""


reach("str.join", lambda go: "".join(go() or "" for _ in "x"))
reach("str.join bound", lambda go: (",".join)(go() or "" for _ in "x"))
reach("list.extend", lambda go: [].extend(go() for _ in "x"))
reach("collections.deque.extend", lambda go: collections.deque().extend(go() for _ in "x"))
reach("list.count", lambda go: [Eq(go)].count(0))
reach("list.__contains__", lambda go: [Eq(go)].__contains__(0))
reach("list.index", lambda go: [Eq(go), 0].index(0))
reach("dict.pop", lambda go: {}.pop(Eq(go), None))
reach("dict.setdefault", lambda go: {}.setdefault(Eq(go)))
reach("list.sort(key=)", lambda go: [1, 2].sort(key=lambda x: go()))
reach("sorted(key=)", lambda go: sorted([1, 2], key=lambda x: go()))
reach("set.update", lambda go: set().update(go() or () for _ in "x"))
reach("str.format", lambda go: "{}".format(Fmt(go)))
reach("list.remove", lambda go: [Eq(go), 0].remove(0))
reach("list.index unbound", lambda go: list.index([Eq(go), 0], 0))
reach("str.join unbound", lambda go: str.join("", (go() or "" for _ in "x")))


def appending(go, acc=[]):
    acc.append(go())


def appending_kept(go, acc=[]):
    r = acc.append(go())
    return r


reach("list.append popped", appending)
reach("list.append kept", appending_kept)


def deep_append(n, acc):
    if n:
        acc.append(n)
        deep_append(n - 1, acc)


for n in (393, 394, 395, 396, 397, 398):
    try:
        deep_append(n, [])
        print(n, "ok")
    except RecursionError as e:
        print(n, e)

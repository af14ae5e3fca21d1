# How deep each kind of recursion gets before RecursionError, and its message: CPython 3.11 counts
# Python frames and C-level calls in one counter (repr(), rich comparison, a class or instance call
# through tp_call, a builtin called before its call site is specialized, __instancecheck__), so a
# recursion through repr() stops after 332 levels and one through __eq__ after 498.
import sys

depth = 0


def run(kind, start):
    global depth
    depth = 0
    try:
        start()
    except RecursionError as e:
        print(f"{kind}: {depth} {e}")
    else:
        print(f"{kind}: finished at {depth}")


def plain():
    global depth
    depth += 1
    plain()


class Obj:
    def method(self):
        global depth
        depth += 1
        self.method()

    def __repr__(self):
        global depth
        depth += 1
        return repr(self)

    def __str__(self):
        global depth
        depth += 1
        return str(self)

    def __eq__(self, other):
        global depth
        depth += 1
        return self == other

    def __lt__(self, other):
        global depth
        depth += 1
        return self < other

    def __call__(self):
        global depth
        depth += 1
        return self()

    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)

    def __getitem__(self, i):
        global depth
        depth += 1
        return self[i]

    def __len__(self):
        global depth
        depth += 1
        return len(self)

    def __hash__(self):
        global depth
        depth += 1
        return hash(self)

    def __add__(self, other):
        global depth
        depth += 1
        return self + other

    def __bool__(self):
        global depth
        depth += 1
        return bool(self)

    def __format__(self, spec):
        global depth
        depth += 1
        return format(self, spec)

    def __iter__(self):
        global depth
        depth += 1
        return iter(self)

    def __contains__(self, x):
        global depth
        depth += 1
        return x in self


class Fmt:
    def __repr__(self):
        global depth
        depth += 1
        return f"{self!r}"


class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()


class Meta(type):
    def __instancecheck__(cls, obj):
        global depth
        depth += 1
        return isinstance(obj, cls)


class Checked(metaclass=Meta):
    pass


class Prop:
    @property
    def p(self):
        global depth
        depth += 1
        return self.p


def gen():
    global depth
    depth += 1
    yield from gen()


def via_map(x):
    global depth
    depth += 1
    return list(map(via_map, [x]))


o = Obj()
run("function", plain)
run("method", o.method)
run("repr()", lambda: repr(o))
run("f-string !r", lambda: repr(Fmt()))
run("str()", lambda: str(o))
run("==", lambda: o == o)
run("<", lambda: o < o)
run("__call__", o)
run("__getattr__", lambda: o.missing)
run("__getitem__", lambda: o[0])
run("len()", lambda: len(o))
run("hash()", lambda: hash(o))
run("+", lambda: o + o)
run("bool()", lambda: bool(o))
run("format()", lambda: format(o, ""))
run("iter()", lambda: iter(o))
run("in", lambda: 1 in o)
run("class call __init__", Init)
run("isinstance", lambda: isinstance(1, Checked))
run("property", lambda: Prop().p)
run("generator", lambda: next(gen()))
run("map", lambda: via_map(1))


def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nestd(n):
    x = {}
    for _ in range(n):
        x = {1: x}
    return x


def nestt(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def deepest(op):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            op(mid)
            lo = mid
        except RecursionError as e:
            msg = str(e)
            hi = mid - 1
    return lo, msg


print("nested list repr:", *deepest(lambda n: repr(nested(n))))
print("nested list ==:", *deepest(lambda n: nested(n) == nested(n)))
print("nested dict repr:", *deepest(lambda n: repr(nestd(n))))
print("nested list str:", *deepest(lambda n: str(nested(n))))
sys.setrecursionlimit(100)
run("function at limit 100", plain)
run("repr() at limit 100", lambda: repr(o))
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)


def too_low(n):
    if n:
        return too_low(n - 1)
    try:
        sys.setrecursionlimit(30)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(50)
    print(sys.getrecursionlimit())


too_low(40)
sys.setrecursionlimit(1000)
for bad in (2 ** 31, "10", 1.5):
    try:
        sys.setrecursionlimit(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

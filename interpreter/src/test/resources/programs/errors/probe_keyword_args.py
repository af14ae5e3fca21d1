# Error case: keyword and positional argument errors of user functions, methods, lambdas and builtins: caught messages.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label:36} {type(e).__name__}: {e}")
    else:
        print(f"{label:36} ok {r!r}")

def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e

def g(a, /, b, *args, k, **kw):
    return a

def h():
    pass

class C:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, x):
        return x
    @staticmethod
    def sm(x):
        return x
    def __init__(self, v=0):
        self.v = v

show("f()", lambda: f())
show("f(1)", lambda: f(1))
show("f(1, 2)", lambda: f(1, 2))
show("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4))
show("f(1, 2, 3, 4, d=1)", lambda: f(1, 2, 3, 4, d=1))
show("f(1, 2, d=1, z=2)", lambda: f(1, 2, d=1, z=2))
show("f(1, 2, a=1, d=1)", lambda: f(1, 2, a=1, d=1))
show("f(1, b=2, b=3)", lambda: eval("f(1, b=2, b=3)"))
show("f(d=1)", lambda: f(d=1))
show("f(1, 2, 3)", lambda: f(1, 2, 3))
show("g()", lambda: g())
show("g(a=1, b=2, k=3)", lambda: g(a=1, b=2, k=3))
show("g(1, 2)", lambda: g(1, 2))
show("g(1, b=2, k=3, a=4)", lambda: g(1, b=2, k=3, a=4))
show("h(1)", lambda: h(1))
show("h(x=1)", lambda: h(x=1))
show("h(1, 2, x=3)", lambda: h(1, 2, x=3))
show("(lambda: 0)(1)", lambda: (lambda: 0)(1))
show("(lambda x, y: 0)(1)", lambda: (lambda x, y: 0)(1))
show("(lambda x, y, z: 0)()", lambda: (lambda x, y, z: 0)())
show("(lambda *, x, y: 0)()", lambda: (lambda *, x, y: 0)())
show("(lambda *, x, y, z: 0)(y=1)", lambda: (lambda *, x, y, z: 0)(y=1))
show("(lambda x=1: 0)(1, 2, 3)", lambda: (lambda x=1: 0)(1, 2, 3))
show("(lambda x, *, k: 0)(1, 2, 3)", lambda: (lambda x, *, k: 0)(1, 2, 3))
show("(lambda x, *, k: 0)(1, 2, k=3)", lambda: (lambda x, *, k: 0)(1, 2, k=3))
show("C().m()", lambda: C().m())
show("C().m(1, 2)", lambda: C().m(1, 2))
show("C.m(1)", lambda: C.m(1))
show("C().m(y=1)", lambda: C().m(y=1))
show("C.cm()", lambda: C.cm())
show("C.sm()", lambda: C.sm())
show("C(1, 2)", lambda: C(1, 2))
show("C(w=1)", lambda: C(w=1))
show("object.__init__(C(), 1)", lambda: object.__init__(C(), 1))
show("print(x=1)", lambda: print(x=1))
show("sorted([], reverse=None)", lambda: sorted([], reverse=None))
show("sorted([], cmp=1)", lambda: sorted([], cmp=1))
show("sorted([], key=1)", lambda: sorted([1, 2], key=1))
show("[].sort(reverse=None)", lambda: [].sort(reverse=None))
show("len(obj=1)", lambda: len(obj=1))
show("int(x='1')", lambda: int(x='1'))
show("int('1', base=1.5)", lambda: int('1', base=1.5))
show("int('1', bas=2)", lambda: int('1', bas=2))
show("str(b'a', encodin='x')", lambda: str(b'a', encodin='x'))
show("str(1, 'utf-8')", lambda: str(1, 'utf-8'))
show("float(x=1)", lambda: float(x=1))
show("list(iterable=[])", lambda: list(iterable=[]))
show("dict({}, {})", lambda: dict({}, {}))
show("range(stop=3)", lambda: range(stop=3))
show("enumerate([], star=1)", lambda: enumerate([], star=1))
show("zip([], strict=1, x=2)", lambda: zip([], x=2))
show("max([1], defaul=0)", lambda: max([1], defaul=0))
show("'a'.split(sep='a', x=1)", lambda: 'a'.split(sep='a', x=1))
show("'a'.split('a', 1, 2)", lambda: 'a'.split('a', 1, 2))
show("'a'.replace(old='a', new='b')", lambda: 'a'.replace(old='a', new='b'))
show("[].pop(index=0)", lambda: [1].pop(index=0))
show("{}.get(key=1)", lambda: {}.get(key=1))
show("{}.pop()", lambda: {}.pop())
show("getattr(1)", lambda: getattr(1))
show("getattr(1, 'x', 2, 3)", lambda: getattr(1, 'x', 2, 3))
show("isinstance(1)", lambda: isinstance(1))
show("round(1.5, ndigits='x')", lambda: round(1.5, ndigits='x'))
show("round(number=1.5, x=1)", lambda: round(number=1.5, x=1))
show("pow(base=2)", lambda: pow(base=2))
show("open()", lambda: open())
show("iter()", lambda: iter())
show("next()", lambda: next())
show("divmod(1)", lambda: divmod(1))
show("hasattr(1)", lambda: hasattr(1))
show("min(key=len)", lambda: min(key=len))
show("sum(start=1)", lambda: sum(start=1))
show("sum([1], start='a')", lambda: sum([1], start='a'))
show("bytes(source=1)", lambda: bytes(sourc=1))
show("bytes(1, 'utf-8')", lambda: bytes(1, 'utf-8'))
show("bytes('a', errors='x')", lambda: bytes('a', errors='x'))
show("memoryview()", lambda: memoryview())
show("memoryview(1)", lambda: memoryview(1))
show("slice()", lambda: slice())
show("slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4))
show("slice(x=1)", lambda: slice(x=1))
show("[1][slice('a', None)]", lambda: [1][slice('a', None)])
show("'a'[slice(1.5)]", lambda: 'a'[slice(1.5)])
show("slice(1).indices(-1)", lambda: slice(1).indices(-1))
show("slice(1).indices('a')", lambda: slice(1).indices('a'))
show("slice(None, None, 0).indices(3)", lambda: slice(None, None, 0).indices(3))
show("hash(slice(1))", lambda: hash(slice(1)))
show("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5))
show("staticmethod()", lambda: staticmethod())

# Caching and dispatch on classes with functools: partialmethod (on instances and classes,
# repr), cache on a plain function, lru_cache keyed on keyword order and typed, cached_property
# on a subclass, singledispatch on Union annotations and ABCs with register of a lambda,
# singledispatchmethod with classmethod, update_wrapper with assigned/updated, and
# WRAPPER_ASSIGNMENTS contents.
import functools
from collections.abc import Iterable
from typing import Union

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, value, *, source="api"):
        self.state = (value, source)
        return self
    set_on = functools.partialmethod(set_state, True)
    set_off = functools.partialmethod(set_state, False, source="ui")
c = Cell()
print(c.set_on().state, c.set_off().state, c.set_on(source="cli").state, repr(Cell.__dict__["set_off"]).split(" at ")[0])
calls = []
@functools.cache
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info(), fib.__wrapped__.__name__)
@functools.lru_cache(maxsize=None)
def area(w, h=1):
    return w * h
area(2, h=3)
area(w=2, h=3)
area(h=3, w=2)
area(2, 3)
print(area.cache_info())
@functools.lru_cache(maxsize=2, typed=True)
def ident(x):
    return x
for v in [1, 1.0, True, 1, "1", 1.0]:
    ident(v)
print(ident.cache_info(), ident.cache_parameters())
class Base:
    @functools.cached_property
    def expensive(self):
        print("computing for", type(self).__name__)
        return 42
class Derived(Base):
    pass
d = Derived()
print(d.expensive, d.expensive, vars(d), Base.expensive.__doc__, Base.expensive.attrname)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: Union[int, float]):
    return f"number {x}"
@describe.register
def _(x: Iterable):
    return f"iterable of {len(list(x))}"
describe.register(str, lambda x: f"text {x!r}")
print(describe(3), describe(2.5), describe([1, 2]), describe("hi"), describe(None), describe(range(3)), describe(b"ab"))
print(sorted(t.__name__ for t in describe.registry if t is not object))
class Parser:
    @functools.singledispatchmethod
    @classmethod
    def parse(cls, value):
        return ("raw", value)
    @parse.register
    @classmethod
    def _(cls, value: int):
        return ("int", value, cls.__name__)
print(Parser.parse("x"), Parser.parse(3), Parser().parse(4))
def original(a, b=2):
    """Original doc."""
    return a + b
original.custom = "attr"
def wrapper(*args, **kw):
    return original(*args, **kw)
functools.update_wrapper(wrapper, original, assigned=("__name__",), updated=())
print(wrapper.__name__, wrapper.__doc__, hasattr(wrapper, "custom"), wrapper.__wrapped__ is original)
def wrapper2(*args, **kw):
    return original(*args, **kw)
functools.update_wrapper(wrapper2, original)
print(wrapper2.__name__, wrapper2.__doc__, wrapper2.custom, wrapper2.__qualname__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try:
    describe.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(x):
        return 0
except TypeError as e:
    print("TypeError:", str(e).split(" at 0x")[0])
p = functools.partial(functools.partial(int, base=2), "101")
print(p(), p.args, p.keywords, repr(functools.partial(max, 1, key=abs)))

# inspect.signature/Parameter/bind and getsource-free introspection; operator's functions and getters.
import inspect, operator, functools

def api(a, b=2, /, c=3, *args, d, e=5, **kw) -> dict:
    "An API function."
    return {}

sig = inspect.signature(api)
print(sig, sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(f"{name:5} {p.kind.name:22} default={p.default!r:12} {p.kind.description}")
ba = sig.bind(1, c=4, d=7, z=9)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1,), {"a": 1, "d": 1}), ((1, 2, 3), {"d": 4, "e": 5, "e2": 1})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
class Widget:
    def __init__(self, name: str, *, size: int = 1):
        self.name = name
    def resize(self, factor: float = 2.0) -> "Widget":
        return self
    @classmethod
    def make(cls, n): return cls(n)
    @staticmethod
    def util(x, y=0): return x
print(inspect.signature(Widget), inspect.signature(Widget.resize), inspect.signature(Widget("w").resize), inspect.signature(Widget.make), inspect.signature(Widget.util))
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(functools.partial(api, 1, d=0)))
new = sig.replace(parameters=list(sig.parameters.values())[:2], return_annotation=inspect.Signature.empty)
print(new, inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int))
print(inspect.isfunction(api), inspect.ismethod(Widget("w").resize), inspect.isclass(Widget), inspect.isbuiltin(len),
      inspect.isgeneratorfunction(lambda: (yield)), inspect.getdoc(api), inspect.getmodule(api).__name__)
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)], inspect.getmro(bool))
print(inspect.getfullargspec(api))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.neg(5), operator.not_(0))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("split", ",")("a,b"), operator.attrgetter("__class__.__name__")(1), operator.contains([1], 1))
print(operator.concat([1], [2]), operator.getitem({"k": 1}, "k"), operator.index(7), operator.is_(None, None), operator.xor(6, 3))
d = {}
operator.setitem(d, "a", 1); operator.delitem(d, "a"); print(d, operator.length_hint(iter(range(5))), operator.iadd([1], [2]))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), functools.reduce(operator.or_, [1, 2, 4]))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("f", 1, k=2)))
for bad in [lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter("nope")(1), lambda: operator.index(1.5)]:
    try:
        bad()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)

# A plugin loader that inspects its plugins: signature() reprs (defaults, annotations, keyword-
# only, positional-only, *args/**kwargs), bind/bind_partial errors, Parameter kinds, getmembers
# with predicates, isfunction/ismethod/isclass/isgeneratorfunction/iscoroutinefunction,
# getdoc/cleandoc, getsource of a function, getmro, getfullargspec, unwrap, classify_class_attrs.
import functools
import inspect

class Plugin:
    """Base plugin.

        Subclasses implement run().
    """
    name = "base"
    def run(self, data, *, verbose=False):
        raise NotImplementedError
    @classmethod
    def create(cls, **opts):
        return cls()
    @staticmethod
    def version():
        return "1.0"
    @property
    def ident(self):
        return self.name

class Upper(Plugin):
    name = "upper"
    def run(self, data: str, /, sep: str = " ", *extra, verbose: bool = False, **meta) -> str:
        return sep.join(data.upper().split())
    def _helper(self):
        pass
    async def fetch(self, url, timeout=3.0):
        return url
    def stream(self, n):
        yield from range(n)

for f in [Upper.run, Upper().run, Plugin.create, Plugin.version, Upper.fetch, Upper.stream, lambda a, b=2, *c, d, e=5, **f: 0, len, dict.get, sorted]:
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print("ValueError:", e)
sig = inspect.signature(Upper.run)
for p in sig.parameters.values():
    print(f"{p.name:<8} {p.kind.name:<22} {p.kind.description:<24} default={p.default!r} annot={p.annotation!r}")
print(sig.return_annotation, repr(sig.parameters["sep"]), str(sig.replace(return_annotation=inspect.Signature.empty)))
ba = sig.bind(None, "a b", "-", 1, 2, verbose=True, tag="x")
print(ba.arguments, ba.args, ba.kwargs)
ba2 = sig.bind_partial(None, "x")
ba2.apply_defaults()
print(ba2.arguments, repr(ba2))
for args, kwargs in [((None,), {}), ((None, "a"), {"data": "b"}), ((None, "a"), {"verbose": 1, "verbose2": 2}) if False else ((), {}), ((None, "a", "b"), {"sep": "x"})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
members = inspect.getmembers(Upper, inspect.isfunction)
print([n for n, _ in members])
print([n for n, _ in inspect.getmembers(Upper(), inspect.ismethod)], [n for n, v in inspect.getmembers(Upper) if isinstance(v, property)])
print(inspect.isfunction(Upper.run), inspect.ismethod(Upper().run), inspect.ismethod(Upper.create), inspect.isclass(Upper), inspect.isgeneratorfunction(Upper.stream),
      inspect.iscoroutinefunction(Upper.fetch), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isabstract(Plugin), inspect.ismodule(inspect))
print(repr(inspect.getdoc(Plugin)), repr(inspect.getdoc(Upper)), inspect.cleandoc("  first\n    indented\n  back\n"))
print(inspect.getsource(Plugin.version), end="")
print([c.__name__ for c in inspect.getmro(Upper)], inspect.getfullargspec(Upper.run))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def target(x, y=1):
    return x + y
print(inspect.signature(target), inspect.unwrap(target) is target.__wrapped__, inspect.signature(target, follow_wrapped=False))
for a in sorted(inspect.classify_class_attrs(Upper), key=lambda a: a.name):
    if not a.name.startswith("__"):
        print(a.name, a.kind, a.defining_class.__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(type(inspect.getattr_static(Upper(), "ident")).__name__, type(inspect.getattr_static(Upper, "version")).__name__, inspect.getgeneratorstate(Upper().stream(2)))
print(inspect.getcallargs(target.__wrapped__, 1), inspect.formatannotation(list[int]), inspect.getmodulename("pkg/mod.py"))

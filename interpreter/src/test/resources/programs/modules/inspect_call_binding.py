# How a test helper reports what a call would bind, with inspect's older helpers:
# getcallargs (defaults, *args/**kwargs, keyword-only, bound methods, and each TypeError a call
# raises), getargvalues/formatargvalues of a live frame, getargs of a code object, getclosurevars
# (nonlocals, globals, builtins, unbound), get_annotations (eval_str, classes, modules, errors),
# getmodulename, indentsize, getmembers_static against getmembers.
import inspect
import sys

RATE = 0.2
def price(net, qty=1, *extras, currency="EUR", rounding=2, **meta):
    return round(net * qty * (1 + RATE), rounding)
def pair(a, b, /, c, *, d):
    pass
class Shop:
    def buy(self, item, count=1):
        return item, count
for args, kwargs in [((10,), {}), ((10, 3, "gift", "wrap"), {"currency": "USD", "note": "x"}), ((), {"net": 5, "qty": 2})]:
    print(inspect.getcallargs(price, *args, **kwargs))
print(sorted(inspect.getcallargs(Shop().buy, "pen")), inspect.getcallargs(Shop.buy, Shop(), "pen", count=4)["count"])
def a3(x, y, z): pass
def kw2(*, p, q, r=0): pass
for fn, args, kwargs in [(a3, (), {}), (a3, (1,), {}), (a3, (1, 2), {}), (a3, (1, 2, 3, 4), {}), (a3, (1,), {"x": 2}), (a3, (1, 2, 3), {"w": 0}),
                         (kw2, (), {}), (kw2, (), {"p": 1}), (kw2, (1,), {"p": 1, "q": 2}), (price, (), {}), (price, (1,), {"net": 2}),
                         (lambda a, b=1: 0, (1, 2, 3), {}), (lambda a=1: 0, (1, 2), {}), (lambda: 0, (1,), {}), (lambda *, k: 0, (1,), {"k": 2})]:
    try:
        print(inspect.getcallargs(fn, *args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
def frame_report(user, *items, verbose=False, **opts):
    frame = sys._getframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))
    print(inspect.formatargvalues(info.args, None, None, info.locals, formatvalue=lambda v: "=<" + type(v).__name__ + ">"))
frame_report("ann", 1, 2, verbose=True, color="red")
print(inspect.getargs(price.__code__), inspect.getargs(pair.__code__), inspect.getargs((lambda: 0).__code__))
try:
    inspect.getargs(price)
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
def make_counter(step):
    total = 0
    def bump():
        nonlocal total
        total += step
        print(len(str(total)), RATE, missing_name, None)
        return total
    return bump
cv = inspect.getclosurevars(make_counter(5))
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound, type(cv).__name__, cv._fields)
print(inspect.getclosurevars(Shop().buy))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError:", e)
class Config:
    host: "str"
    port: int = 8080
    retries: "list[int]"
def handler(req: "Config", limit: "int" = 3) -> "dict[str, int]":
    pass
print(inspect.get_annotations(Config), inspect.get_annotations(Config, eval_str=True))
print(inspect.get_annotations(handler), inspect.get_annotations(handler, eval_str=True), inspect.get_annotations(lambda: 0))
print(inspect.get_annotations(sys.modules[__name__]) == {}, inspect.get_annotations(type("Empty", (), {})))
class Sub(Config):
    extra: bool
print(inspect.get_annotations(Sub))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print("TypeError:", e)
def bad(x: "no_such_name"):
    pass
try:
    inspect.get_annotations(bad, eval_str=True)
except NameError as e:
    print("NameError:", e)
print([inspect.getmodulename(p) for p in ["pkg/mod.py", "mod.pyc", "ext.cpython-311-x86_64-linux-gnu.so", "lib.so", "README", "x.py.txt"]])
print([inspect.indentsize(s) for s in ["    four", "\ttab", "  \t mixed", "none", ""]])
class Lazy:
    @property
    def value(self):
        print("property ran")
        return 1
    def __getattr__(self, name):
        return "dynamic"
static = dict(inspect.getmembers_static(Lazy()))
print(type(static["value"]).__name__, "value" in static, "__getattr__" in static)
dynamic = dict(inspect.getmembers(Lazy()))
print(dynamic["value"])
print(inspect.ismethodwrapper(object().__str__), inspect.ismethodwrapper(len), inspect.TPFLAGS_IS_ABSTRACT)

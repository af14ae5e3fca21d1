# exec and eval with explicit namespaces as template engines and calculators use them: a
# custom mapping as locals (__getitem__/__setitem__ seen), globals without __builtins__ (it is
# added), restricted builtins, closures over exec'd code, class bodies run by exec, eval of
# comprehensions seeing only globals, and locals() snapshots inside functions.
import collections


class Tracking(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.reads = []

    def __getitem__(self, key):
        self.reads.append(key)
        return super().__getitem__(key)

    def __missing__(self, key):
        raise KeyError(key)


loc = Tracking(a=2)
exec("b = a * 3\nc = len([b])", {}, loc)
print(dict(loc), loc.reads)
g = {}
exec("x = 1", g)
print(sorted(g.keys()), type(g["__builtins__"]).__name__)
safe = {"__builtins__": {"len": len}}
print(eval("len('abc')", safe))
try:
    eval("open('x')", safe)
except NameError as e:
    print("NameError:", e)
try:
    eval("__import__('os')", {"__builtins__": {}})
except ImportError as e:
    print("ImportError:", e)
except NameError as e:
    print("NameError:", e)

src = """
def make(n):
    def inner():
        return n * factor
    return inner
class K:
    attr = factor + 1
    doubled = [attr * 2 for _ in range(1)] if False else None
"""
ns = {"factor": 10}
exec(src, ns)
print(ns["make"](3)(), ns["K"].attr, ns["K"].doubled, ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
try:
    exec("class Q:\n    y = 5\n    z = [y for _ in range(2)]\n", {})
except NameError as e:
    print("NameError:", e)
print(eval("[x * y for x in range(3)]", {"y": 4}, {"x": 100}))
try:
    print(eval("[x * y for _ in range(2)]", {"y": 4}, {"x": 100}))
except NameError as e:
    print("NameError:", e)


def f():
    a = 1
    snap = locals()
    b = 2
    exec("a = 99; c = 3")
    return snap, a, locals().get("c"), sorted(locals())


print(f())
counter = collections.Counter()
exec("for w in 'a b a'.split(): counter[w] += 1", {"counter": counter})
print(counter)
print(eval("lambda: __name__", {"__name__": "sandbox"})())
code = compile("result = value ** 2", "<calc>", "exec")
for v in range(3):
    env = {"value": v}
    exec(code, env)
    print(env["result"], end=" ")
print()
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.offset)
try:
    exec(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", {}, [])
except TypeError as e:
    print("TypeError:", e)
print(eval(compile("1 + 2", "<e>", "eval")), eval(b"3 * 3"), eval("  4"), exec("5") is None)
for args in [({}, 5), ({}, None), (None, {}), ({}, {})]:
    try:
        exec("q = 1", *args)
        print("exec ok", args[1] if args[1] is None else type(args[1]).__name__)
    except TypeError as e:
        print("TypeError:", e)
for args in [([], None), ("s", {}), ({}, 3), ({}, "abc")]:
    try:
        print(eval("1", *args))
    except TypeError as e:
        print("TypeError:", e)
restricted = {"__builtins__": {"len": len, "exec": exec, "sorted": sorted}}
exec("inner = {}\nexec('z = 1', inner)\nkeys = sorted(inner['__builtins__'])", restricted)
print(restricted["keys"])

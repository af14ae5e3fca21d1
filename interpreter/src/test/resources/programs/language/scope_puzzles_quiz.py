# The scope quiz an expert asks: late-binding closures in loops and the default-argument fix,
# class bodies invisible to their methods and comprehensions (except the first iterable),
# global and nonlocal declared after use (SyntaxError through compile), UnboundLocalError from
# an assignment later in the function, del of a closure variable, locals() snapshots, the walrus
# in a comprehension binding in the enclosing scope, and name mangling.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

def make_counters():
    counters = []
    for n in range(3):
        def counter(step=1):
            nonlocal n
            n += step
            return n
        counters.append(counter)
    return counters
c = make_counters()
print(c[0](), c[1](), c[2](10), c[0]())

x = "global"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = [v for v in [x]]
    def method(self):
        return x
    try:
        w = [x + v for v in "ab"]
    except NameError as e:
        w = str(e)
print(Scope.y, Scope.z, Scope().method(), Scope.w)

def outer():
    a = 1
    def inner():
        print("inner sees", a)
    a = 2
    inner()
    del a
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
outer()

def unbound():
    try:
        print(total)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    total = 1
total = 5
unbound()

for src in ["def f():\n    print(g)\n    global g\n",
            "def f():\n    a = 1\n    def h():\n        a = 2\n        nonlocal a\n",
            "nonlocal q\n",
            "def f():\n    nonlocal zz\n",
            "def f(p):\n    global p\n",
            "class C:\n    nonlocal k\n"]:
    try:
        compile(src, "<quiz>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)

def walrus_scope():
    data = [3, 8, 1, 9]
    if any((big := v) > 5 for v in data):
        print("first big", big)
    [last := v * 2 for v in data]
    return last
print(walrus_scope())
try:
    compile("[i := 0 for i in range(3)]", "<w>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("class K:\n    [(y := 1) for _ in range(2)]\n", "<w>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

def snapshot():
    a = 1
    loc = locals()
    b = 2
    print(sorted(loc), sorted(locals()))
snapshot()

class Account:
    __secret = 42
    def reveal(self):
        return self.__secret
a = Account()
print(a.reveal(), a._Account__secret, hasattr(a, "__secret"), [n for n in vars(Account) if "secret" in n])
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
import builtins
builtins.quiz_value = 99
print(quiz_value)
del builtins.quiz_value
try:
    quiz_value
except NameError as e:
    print("NameError:", e)
g = 0
def bump():
    global g
    g += 1
    return g
print(bump(), bump(), g, globals()["g"])

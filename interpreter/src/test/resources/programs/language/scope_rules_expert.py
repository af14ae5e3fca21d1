# scope rules: global, nonlocal, class scopes and comprehensions, late binding closures, UnboundLocalError
x = "global x"

def outer():
    x = "outer x"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer(), x)

def use_global():
    global x
    x = "rebound global"
use_global()
print(x)

counter = 0
def bad_increment():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad_increment()

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 99
    return fs
print([f() for f in make()])

class A:
    y = 10
    vals = [y for _ in range(2)] if False else None
    try:
        lst = [y * k for k in range(3)]
    except NameError as e:
        err = str(e)
    first = [k for k in range(y)][:3]
    z = y + 1
print(A.err, A.first, A.z)

class B:
    name = "class attr"
    def method(self):
        return name
name = "module name"
print(B().method())

def gen_scope():
    n = 5
    return list((lambda: n)() for _ in range(2))
print(gen_scope())

def walrus_in_comp():
    data = [1, 5, 2, 8]
    if any((big := v) > 4 for v in data):
        print("first big:", big)
    [last := v for v in data]
    return last
print(walrus_in_comp())

def closure_cells():
    a = 1
    def f():
        return a
    a = 2
    return f, f.__closure__[0].cell_contents, f.__code__.co_freevars
f, contents, free = closure_cells()
print(f(), contents, free)

def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get(), inc.__code__.co_freevars, counter_factory.__code__.co_cellvars)

def shadow():
    print(len("abc"))
    len = None
shadow_err = None
try:
    shadow()
except UnboundLocalError as e:
    print(e)

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(e)

def free_deleted():
    v = 1
    def g():
        return v
    del v
    return g()
try:
    free_deleted()
except NameError as e:
    print(type(e).__name__, e)

exec_ns = {}
exec("a = 1\ndef f():\n    return a\n", exec_ns)
print(exec_ns["f"](), sorted(k for k in exec_ns if k != "__builtins__"))
print(eval("x + ' via eval'"), eval("[n * 2 for n in range(3)]", {}, {}))
lc = {}
exec("b = 5\nc = [b for _ in range(2)]", {}, lc) if False else None
try:
    exec("b = 5\nc = [b for _ in range(2)]", {}, lc)
except NameError as e:
    print("exec class-like scope:", e)
print(sorted(locals().keys())[:3])
def loc():
    q = 1
    return locals()
print(loc())
import builtins
print(builtins.len is len, type(__builtins__).__name__)

# scope rules: class scopes and comprehensions, late binding closures, nonlocal chains, global in nested functions, UnboundLocalError cases
x = "global"

class C:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self):
        return x
    w = [i * 2 for i in range(3) if i != 1]
print(C.y, C.z, C().m(), C.w)

class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        pairs = [(i, j) for i in items for j in items if j > i]
    except NameError as e:
        pairs = str(e)
print(D.doubled, D.pairs)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner()
    r = middle()
    return a, r
print(outer())

def set_global():
    global new_name
    new_name = 42
set_global()
print(new_name)

def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def broken2():
    total += 1
try:
    total = 0
    broken2()
except NameError as e:
    print(type(e).__name__, e)

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

try:
    exc_var = "keep"
    try:
        raise ValueError
    except ValueError as exc_var:
        pass
    print(exc_var)
except NameError as e:
    print("except target deleted:", e)

[walrus_leak := n for n in range(3)]
print(walrus_leak)
print([y for y in range(3)], "y" in globals())
def gen_scope():
    return (lambda: [sorted(locals()) for _ in range(1)])()
print(gen_scope())
g = 10
def shadow():
    g = 20
    def inner():
        return g
    return inner()
print(shadow(), g)
print(eval("x", {"x": 5}), eval("x"), eval("[x for _ in '1']", {"x": 7}))

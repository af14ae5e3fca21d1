# closures: nonlocal, late binding, cells in class bodies, deleted free variables
def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def late():
    def show():
        return y
    y = 1
    r1 = show()
    y = 2
    return r1, show()
print(late())
def unbound():
    def show():
        return z
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    z = 1
unbound()
x = "global"
def g():
    global x
    x = "rebound"
g()
print(x)
def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
shadow()
def cell_in_class():
    v = 10
    class K:
        v = 20
        def m(self):
            return v
        w = v
    return K().m(), K.w
print(cell_in_class())
def adders():
    return [(lambda n: lambda x: x + n)(n) for n in (1, 2)]
print([a(10) for a in adders()])
def deleted():
    q = 1
    def read():
        return q
    del q
    try:
        read()
    except NameError as e:
        print("NameError:", e)
deleted()

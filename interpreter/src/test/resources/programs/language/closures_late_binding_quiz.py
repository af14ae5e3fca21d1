# Interview quiz on closures and scopes: late binding in loops and the default-argument fix,
# cells shared between closures, nonlocal counters, closures over loop variables of
# comprehensions, class bodies invisible to methods, global declarations after use (the
# SyntaxError), UnboundLocalError from a later assignment, and __closure__ contents.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_pair():
    value = 0

    def get():
        return value

    def inc(by=1):
        nonlocal value
        value += by
        return value

    return get, inc


get, inc = make_pair()
inc()
inc(5)
print(get(), get.__closure__[0].cell_contents, get.__code__.co_freevars, inc.__code__.co_freevars)
print(make_pair.__code__.co_cellvars)

x = "global"


class Scope:
    x = "class"
    direct = x
    comp = [x for _ in range(1)]

    def method(self):
        return x


print(Scope.direct, Scope.comp, Scope().method())


def counter_factory():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1.__closure__[0] is not c2.__closure__[0])


def shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x


print(shadow())
for src in ["def f():\n    print(y)\n    global y\n", "def f():\n    y = 1\n    global y\n", "def f(a):\n    global a\n", "nonlocal q\n", "def f():\n    def g():\n        nonlocal zz\n"]:
    try:
        compile(src, "<quiz>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)


def outer():
    v = 1

    def middle():
        def inner():
            return v
        return inner

    v = 2
    return middle()()


print(outer())
adders = {n: (lambda k: lambda m: k + m)(n) for n in range(3)}
print({n: f(10) for n, f in adders.items()})


def gen_closure():
    return [(lambda: j) for j in range(2)], (lambda: j for j in range(2))


lst, gen = gen_closure()
print([f() for f in lst], [f() for f in gen])


def del_cell():
    val = 5

    def read():
        return val

    del val
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(del_cell())
total = 0


def add_global(n):
    global total
    total += n


add_global(3)
add_global(4)
print(total)
print([name for name in dir() if name.startswith("c")])

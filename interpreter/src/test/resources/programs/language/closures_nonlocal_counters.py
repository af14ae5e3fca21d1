# Closures: counters with nonlocal, late binding in loops and the default-argument fix, cells
# shared between closures, closures over loop variables in comprehensions, and __closure__.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, make_counter.__code__.co_cellvars)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([m(10) for m in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def accumulate():
    items = []

    def add(item):
        items.append(item)
        return len(items)

    return add


add = accumulate()
add("a")
print(add("b"), add.__closure__[0].cell_contents)


def broken():
    total = 0

    def add(n):
        total += n
        return total

    return add


try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(fib.cache))


def nonlocal_chain():
    a = 1

    def f():
        nonlocal a
        a += 1

        def g():
            nonlocal a
            a *= 10
        g()
    f()
    return a


print(nonlocal_chain())
x = "global"


def reads_global():
    return x


def shadows():
    x = "local"
    return reads_global(), x


print(shadows())
print((lambda: (lambda: x)())())

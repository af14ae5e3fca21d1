# Closures and decorators: late binding, nonlocal counters, decorator stacking order, class decorators.
import functools

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5), c.__closure__[0].cell_contents, c.__code__.co_freevars)

def trace(label):
    def deco(f):
        print("decorating", f.__name__, "with", label)
        @functools.wraps(f)
        def wrapper(*args):
            print(f"{label} -> {f.__name__}{args}")
            return f(*args)
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b

print(add(2, 3), add.__name__)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v

print(Config(1).v, Config(2).v, Config(1) is Config(3))
x = "global"
def scopes():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(scopes(), x)
def bad_scope():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad_scope()
g = 0
def use_global():
    global g
    g += 1
    return g
print(use_global(), use_global(), g)
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])

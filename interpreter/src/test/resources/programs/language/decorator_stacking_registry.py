# Decorators as frameworks stack them: application order versus definition order, a decorator
# usable with and without arguments, a registry decorator returning the function unchanged,
# a class decorator adding methods, decorators on methods seeing self, functools.wraps keeping
# __wrapped__ chains that inspect.unwrap and inspect.signature follow, and a timing-free memo.
import functools, inspect

log = []
def tag(name):
    log.append(f"make {name}")
    def deco(fn):
        log.append(f"apply {name} to {fn.__name__}")
        @functools.wraps(fn)
        def wrapper(*a, **k):
            log.append(f"enter {name}")
            try:
                return fn(*a, **k)
            finally:
                log.append(f"exit {name}")
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def work(x, y=2, *, z=3):
    log.append("work")
    return x + y + z

print(work(1), log)
print(work.__name__, work.__wrapped__.__name__, inspect.unwrap(work) is work.__wrapped__.__wrapped__, inspect.signature(work))

def retry(fn=None, *, times=2):
    if fn is None:
        return lambda f: retry(f, times=times)
    @functools.wraps(fn)
    def wrapper(*a):
        for attempt in range(1, times + 1):
            try:
                return fn(*a)
            except ValueError as e:
                print(f"  attempt {attempt}: {e}")
        return None
    wrapper.times = times
    return wrapper

state = {"n": 0}
@retry
def flaky():
    state["n"] += 1
    if state["n"] < 2:
        raise ValueError("not yet")
    return "ok"
@retry(times=3)
def hopeless():
    raise ValueError("never")
print(flaky(), flaky.times, hopeless(), hopeless.times)

ROUTES = {}
def route(path):
    def register(fn):
        ROUTES[path] = fn
        return fn
    return register
@route("/")
def index():
    return "home"
@route("/about")
def about():
    return "about us"
print({p: f() for p, f in ROUTES.items()}, index.__name__)

def auto_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    cls.fields = tuple(fields)
    return cls

@auto_repr
class Book:
    def __init__(self, title, year, tags=()):
        self.title, self.year, self.tags = title, year, tags
print(Book("Dune", 1965), Book.fields, Book.__repr__.__qualname__)

def logged(method):
    @functools.wraps(method)
    def wrapper(self, *a):
        print(f"  {type(self).__name__}.{method.__name__}{a}")
        return method(self, *a)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @staticmethod
    @logged
    def helper(x):
        return x
acct = Account()
print(acct.deposit(5), acct.deposit(7), Account.deposit.__qualname__)
try:
    Account.helper(1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), fib.__doc__, fib.__module__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

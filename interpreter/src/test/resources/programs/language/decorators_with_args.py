# Decorators: plain, with arguments, stacked (application order), functools.wraps keeping the
# name and docstring, class decorators, decorators on methods, and a decorator class.
import functools


def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print(f"-> {f.__name__}{args} {kwargs}")
        result = f(*args, **kwargs)
        print(f"<- {f.__name__} = {result!r}")
        return result
    return wrapper


def repeat(times):
    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


def tag(name):
    def decorate(f):
        print(f"decorating {f.__name__} with {name}")

        def wrapper(*a):
            return f"<{name}>{f(*a)}</{name}>"
        return wrapper
    return decorate


@trace
def add(a, b=2):
    """Adds two numbers."""
    return a + b


print(add(1), add(1, b=5))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


@tag("b")
@tag("i")
def text(s):
    return s


print(text("x"))


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, value):
        print("Config created")
        self.value = value


print(Config(1).value, Config(2).value, Config(3) is Config(4), Config.__name__)


class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


def register(registry):
    def decorate(f):
        registry[f.__name__] = f
        return f
    return decorate


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_stop"]())


class Service:
    def __repr__(self):
        return "Service()"

    @trace
    def method(self, x):
        return x * 2

    @staticmethod
    @trace
    def static(x):
        return -x


print(Service().method(4), Service.static(3))


def validate(**types):
    def decorate(f):
        @functools.wraps(f)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kwargs)
        return wrapper
    return decorate


@validate(n=int, s=str)
def both(n, s):
    return s * n


print(both(n=2, s="ab"))
try:
    both(n="2", s="ab")
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda f, g: lambda x: g(f(x)), [lambda x: x + 1, lambda x: x * 2])(5))

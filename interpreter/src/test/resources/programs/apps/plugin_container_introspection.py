# A whole application: a plugin host with a dependency-injection container: plugins registered by
# __init_subclass__ with class keywords, interfaces as ABCs with __subclasshook__ and as
# runtime_checkable Protocols, a container resolving constructor parameters through
# inspect.signature and annotations, singleton scope by a metaclass __call__, request scope by
# contextvars, lifecycles with ExitStack callbacks, singledispatchmethod and partialmethod handlers.
import contextvars
import inspect
from abc import ABC, abstractmethod
from contextlib import ExitStack, contextmanager
from functools import partialmethod, singledispatchmethod, wraps
from typing import Protocol, runtime_checkable, get_type_hints

request_id = contextvars.ContextVar("request_id", default="-")
trail = []


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
            trail.append(f"created singleton {cls.__name__}")
        return cls._instances[cls]


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Storage and all(any(name in B.__dict__ for B in C.__mro__) for name in ("get", "put")):
            return True
        return NotImplemented


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=50, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            return
        if name in Plugin.registry:
            raise ValueError(f"plugin {name!r} already registered by {Plugin.registry[name].__qualname__}")
        cls.plugin_name, cls.priority = name, priority
        Plugin.registry[name] = cls

    def __repr__(self):
        return f"<plugin {self.plugin_name}>"


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {"greeting": "hello", "limit": 3}


class MemoryStore:
    def __init__(self, config: Config):
        self.data = {}
        self.config = config
        trail.append("MemoryStore built")

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value):
        if len(self.data) >= self.config.values["limit"]:
            raise OverflowError(f"store full ({len(self.data)} keys)")
        self.data[key] = value

    def close(self):
        trail.append(f"MemoryStore closed with {len(self.data)} keys")


class Container:
    def __init__(self):
        self.providers = {}
        self.cache = {}
        self.stack = ExitStack()

    def bind(self, iface, impl):
        self.providers[iface] = impl

    def resolve(self, cls, depth=0):
        if depth > 5:
            raise RecursionError(f"dependency chain too deep at {cls.__name__}")
        if cls in self.cache:
            return self.cache[cls]
        impl = self.providers.get(cls, cls)
        if inspect.isabstract(impl):
            raise TypeError(f"no binding for abstract {impl.__name__}")
        hints = get_type_hints(impl.__init__) if impl.__init__ is not object.__init__ else {}
        kwargs = {}
        for pname, param in inspect.signature(impl).parameters.items():
            if pname in hints:
                kwargs[pname] = self.resolve(hints[pname], depth + 1)
            elif param.default is inspect.Parameter.empty and param.kind not in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise TypeError(f"cannot resolve parameter {pname!r} of {impl.__name__}{inspect.signature(impl)}")
        obj = impl(**kwargs)
        if isinstance(obj, Closeable):
            self.stack.callback(obj.close)
        self.cache[cls] = obj
        return obj

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        trail.append(f"container exit with {exc[0].__name__ if exc[0] else None}")
        return self.stack.__exit__(*exc)


def logged(fn):
    @wraps(fn)
    def inner(self, *args):
        trail.append(f"[{request_id.get()}] {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return inner


class Greeter(Plugin, name="greeter", priority=10):
    def __init__(self, config: Config, store: Storage):
        self.config, self.store = config, store

    @logged
    def run(self, who):
        count = (self.store.get(who) or 0) + 1
        self.store.put(who, count)
        return f"{self.config.values['greeting']}, {who} (#{count})"


class Formatter(Plugin, name="formatter"):
    @singledispatchmethod
    def fmt(self, value):
        return f"?{type(value).__name__}"

    @fmt.register
    def _(self, value: int):
        return f"int:{value:+d}"

    @fmt.register
    def _(self, value: list):
        return "[" + ",".join(self.fmt(v) for v in value) + "]"

    @fmt.register(float)
    def _(self, value):
        return f"float:{value:.2f}"

    def tag(self, kind, text):
        return f"<{kind}>{text}</{kind}>"

    bold = partialmethod(tag, "b")
    italic = partialmethod(tag, "i")

    def run(self, value):
        return self.bold(self.fmt(value))


class Silent(Plugin):
    pass


@contextmanager
def request(rid):
    token = request_id.set(rid)
    try:
        yield rid
    finally:
        request_id.reset(token)


print("registry:", sorted((n, c.priority) for n, c in Plugin.registry.items()), "Silent registered:", hasattr(Silent, "plugin_name"))
try:
    class Duplicate(Plugin, name="greeter"):
        pass
except ValueError as exc:
    print("ValueError:", exc)
print("MemoryStore is a Storage:", issubclass(MemoryStore, Storage), isinstance(MemoryStore(Config()), Storage), issubclass(dict, Storage))
print("Closeable:", isinstance(MemoryStore(Config()), Closeable), isinstance(Config(), Closeable), isinstance(open, Closeable))
print("singleton:", Config() is Config(), trail.count("created singleton Config"))
trail.clear()

with Container() as c:
    c.bind(Storage, MemoryStore)
    greeter = c.resolve(Greeter)
    fmt = c.resolve(Formatter)
    print("resolved:", greeter, fmt, greeter.store is c.resolve(Storage), greeter.config is Config())
    for rid, who in [("r1", "ann"), ("r2", "bob"), ("r3", "ann")]:
        with request(rid):
            print(" ", greeter.run(who), "| context:", request_id.get())
    print("outside requests:", request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-copy")
    print("copied context:", ctx[request_id], "here:", request_id.get(), request_id in ctx, len(list(ctx.items())) >= 1)
    for v in (5, [1, -2, 3.14159], "s", 2.5, [[1], []]):
        print(" ", fmt.run(v), fmt.italic("x"))
    try:
        greeter.run("cy")
        greeter.run("dee")
    except OverflowError as exc:
        print("OverflowError:", exc)
    try:
        c.resolve(Storage.__class__)
    except TypeError as exc:
        print("TypeError:", str(exc)[:60])
    try:
        c2 = Container()
        c2.resolve(Greeter)
    except TypeError as exc:
        print("TypeError:", exc)
print("\n".join(trail))
print(inspect.signature(Greeter), inspect.signature(Formatter.bold), inspect.signature(logged))
print(inspect.getmro(Greeter)[1].__name__, inspect.isabstract(Storage), sorted(Storage.__abstractmethods__))
print([m for m, _ in inspect.getmembers(Formatter, inspect.isfunction)], Greeter.run.__wrapped__.__name__)
src = inspect.getsource(Silent)
print(repr(src), inspect.getdoc(Plugin), inspect.getmodule(Greeter).__name__)
params = inspect.signature(lambda a, /, b=2, *c, d, e=5, **f: None).parameters
print([(p.name, p.kind.name, p.default if p.default is not p.empty else "-") for p in params.values()])
bound = inspect.signature(Formatter.tag).bind(None, "u", text="t")
print(bound.arguments, bound.args, bound.kwargs)


class BasePlugin:
    """Base of the documented plugins."""

    def run(self, value):
        """Run the plugin on one value."""

    @property
    def label(self):
        """The plugin's label."""
        return "base"


class Doubler(BasePlugin):
    def run(self, value):
        return value * 2

    @property
    def label(self):
        return "doubler"


print("inherited docs:", inspect.getdoc(Doubler), "|", inspect.getdoc(Doubler.run), "|", inspect.getdoc(Doubler().run),
      "|", inspect.getdoc(Doubler.label), "|", inspect.getdoc(lambda: 0), "|", inspect.getdoc(Plugin.__init_subclass__)[:30])
print(repr(partialmethod(max, 1, key=abs)), repr(partialmethod(min)))
print(inspect.signature(partialmethod(Formatter.tag, "k", text="t").__get__(None, Formatter)),
      inspect.signature(type("P", (), {"m": partialmethod(lambda *a: a, 1)}).m))

# inspect: the predicates, getmembers, getmro, getdoc/cleandoc, getsource, signature (str, repr,
# parameters, kinds, defaults, annotations, methods, classes, __call__, wraps) and bind.
import inspect
import functools


def plain(a, b=1, /, c=2, *args, d, e=5, **kw) -> int:
    """First line.

        Indented more.
    Back.
    """
    return a


def gen():
    yield 1


class Base:
    """Base doc."""

    def __init__(self, x, y=0):
        self.x = x

    def method(self, z, *, flag=False):
        return z

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def helper(p, q=3):
        return p


class Child(Base):
    def method(self, z, *, flag=False):
        return z * 2


class Callable:
    def __call__(self, n, m: str = 'x'):
        return n


print(inspect.isfunction(plain), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Base),
      inspect.ismethod(Base(1).method), inspect.ismethod(Base.method), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()),
      inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(1), inspect.iscoroutinefunction(plain))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Base(1)) if not name.startswith('__')])
print(inspect.getmro(Child) == (Child, Base, object), inspect.isabstract(Base))
print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Child), '|', inspect.getdoc(Child.method), '|', repr(inspect.cleandoc('  a\n    b\n  c\n')))
sig = inspect.signature(plain)
print(sig)
print(repr(sig), sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(Base.method), inspect.signature(Base(1).method), inspect.signature(Base.make),
      inspect.signature(Base.helper))
print(inspect.signature(Base), inspect.signature(Child), inspect.signature(Callable()), inspect.signature(lambda q, *r: 0))


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def wrapped(alpha, beta=2):
    return alpha


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
b = inspect.signature(plain).bind(1, 2, 3, 4, d=5, extra=6)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(Base.helper).bind(7)
b2.apply_defaults()
print(b2, b2.arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'p': 2}), ((1,), {'zz': 2})]:
    try:
        inspect.signature(Base.helper).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError', e)
print(inspect.getsource(gen), end='')
print(inspect.getsource(Child), end='')
lines, start = inspect.getsourcelines(Base.make)
print(start, len(lines), lines[0].strip())
print(inspect.getfile(plain) == __file__, inspect.currentframe().f_code.co_name)
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)]))
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e:
    print('ValueError', e)

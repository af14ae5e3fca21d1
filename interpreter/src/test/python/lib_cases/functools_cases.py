# functools and abc.
import functools
import abc
from casekit import case, run_cases


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


def add3(a, b, c=0, *, scale=1):
    return (a + b + c) * scale


@case
def reduce_cases():
    print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 5),
          functools.reduce(lambda a, b: a + b, ['x']), functools.reduce(lambda a, b: a + [b], 'abc', []))
    attempt(functools.reduce, lambda a, b: a, [])
    attempt(functools.reduce, lambda a, b: a, 5)
    attempt(functools.reduce, lambda a, b: a / b, [1, 0])


@case
def partial_cases():
    p = functools.partial(add3, 1, scale=10)
    print(p(2), p(2, 3), p(2, c=4, scale=1), p.func is add3, p.args, p.keywords)
    q = functools.partial(p, 5)
    print(q(), q.func is add3, q.args, q.keywords, q(scale=2))
    print(repr(functools.partial(max, 1, 2, key=abs)).split(' at ')[0][:30], repr(functools.partial(len)))
    print(repr(functools.partial(sorted, [3, 1], reverse=True)), functools.partial(sorted, [3, 1], reverse=True)())
    attempt(functools.partial)
    attempt(functools.partial, 5)
    p.attr = 1
    print(p.__dict__, functools.partial(p).func is p)

    class P(functools.partial):
        pass
    print(repr(P(len)), P(len)('abc'), type(functools.partial(P(len, 'ab'))).__name__)


@case
def wraps_cases():
    def original(x, y=2):
        """The docs."""
        return x + y
    original.extra = 'kept'

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        return original(*args, **kwargs)
    print(wrapper.__name__, wrapper.__qualname__.split('.')[-1], wrapper.__doc__, wrapper.__wrapped__ is original,
          wrapper.extra, wrapper(1), wrapper.__module__, wrapper.__annotations__)

    class Callable:
        def __call__(self):
            return 1
    c = Callable()
    w = functools.update_wrapper(Callable(), c, assigned=('__name__', '__doc__'), updated=())
    print(w.__doc__, w.__wrapped__ is c, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@case
def total_ordering_cases():
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        def make(op):
            @functools.total_ordering
            class V:
                def __init__(self, v):
                    self.v = v

                def __eq__(self, other):
                    return isinstance(other, V) and self.v == other.v
            def cmp(self, other):
                if not isinstance(other, V):
                    return NotImplemented
                return {'__lt__': self.v < other.v, '__le__': self.v <= other.v,
                        '__gt__': self.v > other.v, '__ge__': self.v >= other.v}[op]
            setattr(V, op, cmp)
            return functools.total_ordering(V)
        try:
            V = make(op)
        except ValueError as e:
            print('ValueError', e)
            continue
        a, b, c = V(1), V(2), V(1)
        print(op, [a < b, a <= b, a > b, a >= b, a < c, a <= c, a > c, a >= c, b < a, b >= a],
              sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in V.__dict__))
        print([getattr(V, n).__name__ for n in ('__lt__', '__le__', '__gt__', '__ge__')],
              [getattr(V, n).__qualname__ for n in ('__lt__', '__le__', '__gt__', '__ge__') if n != op])
        attempt(lambda: a < 5)
        attempt(lambda: a >= 5)

    @functools.total_ordering
    class Both:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            return self.v < other.v

        def __gt__(self, other):
            return self.v > other.v
    print(Both.__le__.__name__, Both.__ge__.__qualname__, Both(1) <= Both(1), Both(2) >= Both(3))
    try:
        @functools.total_ordering
        class Nothing:
            pass
    except ValueError as e:
        print('ValueError', e)


@case
def cmp_to_key_cases():
    def by_len_then_alpha(a, b):
        if len(a) != len(b):
            return len(a) - len(b)
        return (a > b) - (a < b)
    words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
    print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)),
          max(words, key=functools.cmp_to_key(by_len_then_alpha)))
    K = functools.cmp_to_key(by_len_then_alpha)
    k1, k2 = K('ab'), K('abc')
    print(k1 < k2, k1 > k2, k1 == K('ba'), k1 <= k2, k1 >= k2, k1 != k2, k1.obj, type(K).__name__)
    attempt(lambda: k1 < 'x')
    # hash(k1) fails in both, naming the type: CPython's C type is 'functools.KeyWrapper', ours is
    # a Python class named 'KeyWrapper' (a documented difference)
    print(type(k1).__hash__ is None)
    attempt(K)


@case
def lru_cache_cases():
    calls = []

    @functools.lru_cache(maxsize=3)
    def sq(x):
        calls.append(x)
        return x * x
    for v in [1, 2, 3, 1, 4, 2, 1, 5, 3, 3, 1.0, True]:
        sq(v)
    print(calls, sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__, type(sq).__name__)
    sq.cache_clear()
    print(sq.cache_info())

    @functools.lru_cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(80), fib.cache_info(), fib.cache_parameters())

    @functools.lru_cache(maxsize=None, typed=True)
    def ident(x, *, k=0):
        calls.append((x, k))
        return x
    ident(1)
    ident(1.0)
    ident(1, k=2)
    ident(1, k=2)
    ident(x=1)
    print(calls[-4:], ident.cache_info())

    @functools.lru_cache(maxsize=0)
    def nothing(x):
        return x
    nothing(1)
    nothing(1)
    print(nothing.cache_info())

    @functools.lru_cache(maxsize=-5)
    def neg(x):
        return x
    neg(1)
    print(neg.cache_info())
    attempt(functools.lru_cache, 'x')
    attempt(sq, [])

    @functools.cache
    def cube(x):
        return x ** 3
    print(cube(3), cube(3), cube.cache_info())

    class Obj:
        @functools.lru_cache(maxsize=None)
        def method(self, v):
            return v + 1
    o = Obj()
    print(o.method(1), o.method(1), Obj.method.cache_info())


@case
def cached_property_cases():
    class C:
        count = 0

        @functools.cached_property
        def value(self):
            """Computed once."""
            C.count += 1
            return 42
    c = C()
    print(c.value, c.value, C.count, c.__dict__, C.value.__doc__, C.value.attrname, type(C.__dict__['value']).__name__)
    del c.value
    print(c.value, C.count)
    cp = functools.cached_property(lambda self: 1)
    attempt(cp.__get__, C())

    class Slotted:
        __slots__ = ('a',)
        v = functools.cached_property(lambda self: 1)
    attempt(lambda: Slotted().v)


@case
def abc_module():
    class Base(abc.ABC):
        @abc.abstractmethod
        def run(self):
            pass

        @abc.abstractmethod
        def stop(self):
            pass

        def helper(self):
            return 'help'

    class Half(Base):
        def run(self):
            return 'run'

    class Full(Half):
        def stop(self):
            return 'stop'
    print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
    attempt(Base)
    attempt(Half)
    f = Full()
    print(f.run(), f.stop(), f.helper(), isinstance(f, Base), type(Base).__name__, type(abc.ABC).__name__)

    class Meta(metaclass=abc.ABCMeta):
        pass
    Meta.register(int)
    print(isinstance(3, Meta), issubclass(bool, Meta), isinstance('x', Meta), issubclass(Full, Meta))
    attempt(Meta.register, 3)
    attempt(int.register if hasattr(int, 'register') else Meta.register, Meta)

    class Hooked(abc.ABC):
        @classmethod
        def __subclasshook__(cls, C):
            if cls is Hooked:
                return hasattr(C, 'quack')
            return NotImplemented

    class Duck:
        quack = 1
    print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(int, Hooked))

    class BadHook(abc.ABC):
        @classmethod
        def __subclasshook__(cls, C):
            return 1
    attempt(issubclass, int, BadHook)
    t1 = abc.get_cache_token()
    Meta.register(float)
    print(abc.get_cache_token() - t1, isinstance(1.5, Meta))

    class Late(abc.ABC):
        @abc.abstractmethod
        def m(self):
            pass
    Late.m = lambda self: 1
    attempt(Late)
    abc.update_abstractmethods(Late)
    print(Late().m(), Late.__abstractmethods__)
    print(type(abc.abstractproperty(lambda s: 1)).__name__, abc.abstractproperty.__isabstractmethod__)


run_cases()

"""Functions standing for Python's operators: operator.add(x, y) computes x + y.

Each function takes the operands the operator takes; the dunder names (__add__, ...) are the same
functions under a second name.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _builtin_abs


def lt(a, b, /):
    "a < b"
    return a < b

def le(a, b, /):
    "a <= b"
    return a <= b

def eq(a, b, /):
    "a == b"
    return a == b

def ne(a, b, /):
    "a != b"
    return a != b

def ge(a, b, /):
    "a >= b"
    return a >= b

def gt(a, b, /):
    "a > b"
    return a > b

def not_(a, /):
    "not a"
    return not a

def truth(a, /):
    "bool(a)"
    return True if a else False

def is_(a, b, /):
    "a is b"
    return a is b

def is_not(a, b, /):
    "a is not b"
    return a is not b

def abs(a, /):
    "abs(a)"
    return _builtin_abs(a)

def add(a, b, /):
    "a + b"
    return a + b

def and_(a, b, /):
    "a & b"
    return a & b

def floordiv(a, b, /):
    "a // b"
    return a // b

def index(a, /):
    "a as an exact int, through its type's __index__"
    if isinstance(a, int):
        return int.__index__(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    if type(result) is not int:
        import warnings
        warnings.warn(f"__index__ returned non-int (type {type(result).__name__}).  The ability to return "
                      "an instance of a strict subclass of int is deprecated, and may be removed in a "
                      "future version of Python.", DeprecationWarning, stacklevel=2)
    return int.__index__(result)

def inv(a, /):
    "~a"
    return ~a

def invert(a, /):  # a C function of its own in _operator, so its errors name it
    "Same as ~a."
    return ~a

def lshift(a, b, /):
    "a << b"
    return a << b

def mod(a, b, /):
    "a % b"
    return a % b

def mul(a, b, /):
    "a * b"
    return a * b

def matmul(a, b, /):
    "a @ b"
    return a @ b

def neg(a, /):
    "-a"
    return -a

def or_(a, b, /):
    "a | b"
    return a | b

def pos(a, /):
    "+a"
    return +a

def pow(a, b, /):
    "a ** b"
    return a ** b

def rshift(a, b, /):
    "a >> b"
    return a >> b

def sub(a, b, /):
    "a - b"
    return a - b

def truediv(a, b, /):
    "a / b"
    return a / b

def xor(a, b, /):
    "a ^ b"
    return a ^ b


def _require_sequence(a):
    # a sequence in the sense of the C API: an item getter, and not a mapping of dict's kind
    if isinstance(a, dict) or not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")

def concat(a, b, /):
    "a + b for sequences"
    _require_sequence(a)
    return a + b

def contains(a, b, /):
    "b in a (the operands in the order of a method call: a.__contains__(b))"
    return b in a

def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None

def countOf(a, b, /):
    "how many items of a are b or equal to b"
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n

def delitem(a, b, /):
    "del a[b]"
    del a[b]

def getitem(a, b, /):
    "a[b]"
    return a[b]

def indexOf(a, b, /):
    "the position of the first item of a that is b or equal to b"
    position = 0
    for item in _iterate(a):
        if item is b or item == b:
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    "a[b] = c"
    a[b] = c

def length_hint(obj, default=0, /):
    "len(obj) when it has one, else its __length_hint__(), else default"
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(value).__name__}')
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value

def call(obj, /, *args, **kwargs):
    "obj(*args, **kwargs)"
    return obj(*args, **kwargs)


class attrgetter:
    """attrgetter('a', 'b.c')(x) is (x.a, x.b.c); with one name, just that attribute."""
    __pyheap_tp_name__ = 'operator.attrgetter'
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        if len(self._paths) == 1:
            return _follow(obj, self._paths[0])
        return tuple(_follow(obj, path) for path in self._paths)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join([repr(a) for a in self._attrs])

    def __reduce__(self):
        return self.__class__, self._attrs


def _follow(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """itemgetter(1, 3)(x) is (x[1], x[3]); with one key, just x[key]."""
    __pyheap_tp_name__ = 'operator.itemgetter'
    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join([repr(i) for i in self._items])

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller('m', 1, k=2)(x) is x.m(1, k=2)."""
    __pyheap_tp_name__ = 'operator.methodcaller'
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'methodcaller expected 1 argument, got {len(args)}')
        obj = args[0]
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append('%s=%r' % (k, v))
        return 'operator.methodcaller(%s)' % ', '.join(parts)


def iadd(a, b, /):
    "a += b"
    a += b
    return a

def iand(a, b, /):
    "a &= b"
    a &= b
    return a

def iconcat(a, b, /):
    "a += b for sequences"
    _require_sequence(a)
    a += b
    return a

def ifloordiv(a, b, /):
    "a //= b"
    a //= b
    return a

def ilshift(a, b, /):
    "a <<= b"
    a <<= b
    return a

def imod(a, b, /):
    "a %= b"
    a %= b
    return a

def imul(a, b, /):
    "a *= b"
    a *= b
    return a

def imatmul(a, b, /):
    "a @= b"
    a @= b
    return a

def ior(a, b, /):
    "a |= b"
    a |= b
    return a

def ipow(a, b, /):
    "a **= b"
    a **= b
    return a

def irshift(a, b, /):
    "a >>= b"
    a >>= b
    return a

def isub(a, b, /):
    "a -= b"
    a -= b
    return a

def itruediv(a, b, /):
    "a /= b"
    a /= b
    return a

def ixor(a, b, /):
    "a ^= b"
    a ^= b
    return a


# The functions and classes written in Java (as CPython's in C) replace the Python ones above.
from _operator import *
from _operator import __doc__

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


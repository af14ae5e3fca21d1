"""Names for the built-in types the interpreter does not expose as builtins, SimpleNamespace,
new_class/prepare_class/resolve_bases."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = type(sys.implementation) if hasattr(sys, 'implementation') else None
CellType = type((lambda: _x).__closure__[0]) if False else None


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # it never ran: closing it now keeps it from warning that it was never awaited


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


# CPython binds a method of a throwaway class here; that class would be cyclic garbage left for the
# program's first collection to find (CPython imports types at start-up, before its start-up
# collections), so a function bound to an object gives the type instead.
MethodType = type(_f.__get__(object()))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    del _e


def _descriptor_type(*owners_and_names):
    for owner, name in owners_and_names:
        d = owner.__dict__.get(name)
        if d is not None:
            return type(d)
    return None


GetSetDescriptorType = _descriptor_type((FunctionType, '__code__'), (type, '__dict__'), (BaseException, 'args'))
MemberDescriptorType = _descriptor_type((FunctionType, '__globals__'), (BaseException, '__suppress_context__'),
                                        (type, '__basicsize__'))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _c, _ag, _cell_factory, _descriptor_type


if SimpleNamespace is None:
    class SimpleNamespace:
        __pyheap_tp_name__ = 'types.SimpleNamespace'

        def __init__(self, mapping_or_iterable=(), /, **kwargs):
            self.__dict__.update(mapping_or_iterable)
            self.__dict__.update(kwargs)

        def __repr__(self):
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({', '.join(items)})"

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None

    SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        for base in bases:
            t = type(base)
            if issubclass(t, meta):
                meta = t
    ns = meta.__prepare__(name, bases, **kwds) if hasattr(meta, '__prepare__') else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


GenericAlias = type(list[int])
UnionType = type(int | str)


class DynamicClassAttribute:
    """A property read through instances only: read through the class it raises AttributeError,
    so the metaclass's __getattr__ answers (an abstract getter is given back itself instead).
    Its copies made by getter/setter/deleter keep whether the doc follows the getter's."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc else fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError("unreadable attribute")
            return self.fget(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return self._copy(fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Makes a generator function usable in 'await': its generators are marked as iterable
    coroutines (CO_ITERABLE_COROUTINE); a coroutine function is returned as it is; any other
    callable is wrapped so that what it returns, when it is a generator, is marked so too."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        flags = func.__code__.co_flags
        if flags & 0x180:  # CO_COROUTINE | CO_ITERABLE_COROUTINE: already awaitable
            return func
        if flags & 0x20:  # CO_GENERATOR
            func.__code__ = func.__code__.replace(co_flags=flags | 0x100)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType or (result.__class__ is GeneratorType
                                                 and result.gi_code.co_flags & 0x100):
            return result
        if (hasattr(result, '__next__') and hasattr(result, 'send') and hasattr(result, 'throw')
                and hasattr(result, 'close') and not hasattr(result, '__await__')):
            return _GeneratorWrapper(result)
        return result

    return wrapped


class _GeneratorWrapper:
    """An awaitable view of a generator-like object that a types.coroutine function returned."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__

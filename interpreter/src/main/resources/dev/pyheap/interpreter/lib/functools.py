"""Tools for functions: reduce, partial, wraps/update_wrapper, total_ordering, cmp_to_key,
lru_cache/cache, cached_property, partialmethod, singledispatch and singledispatchmethod.

CPython implements reduce, partial, cmp_to_key's key objects and the lru_cache wrapper in C; here
they are Python classes and functions with the same behaviour (and C's type names, so reprs match).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch', 'singledispatchmethod']

from _thread import RLock

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the attributes named in `assigned` (those wrapped
    has), merges the dicts named in `updated`, and sets wrapper.__wrapped__ = wrapped."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """The decorator form of update_wrapper."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


_missing = object()


def reduce(function, sequence, initial=_missing):
    """Folds the items of sequence from the left with function(accumulated, item), starting from
    initial when given, else from the first item."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    value = initial
    if value is _missing:
        for value in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        value = function(value, item)
    return value


# total_ordering: the three operators a class lacks, each computed from the one it defines and
# from ==. A NotImplemented from the defined operator is passed on.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


# in order of preference when a class defines several
_DERIVED = (
    ('__lt__', (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt))),
    ('__le__', (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le))),
    ('__gt__', (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt))),
    ('__ge__', (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge))),
)


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__), defines the
    others the class does not define itself."""
    defined = [op for op, _ in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for op, derived in _DERIVED:
        if op in defined:
            for name, function in derived:
                if name not in defined:
                    function.__name__ = name
                    setattr(cls, name, function)
            break
    return cls


class KeyWrapper:
    """cmp_to_key(cmp) is a KeyWrapper holding cmp; calling it on an object makes the key of that
    object, which compares with keys of the same kind through cmp(a, b) < 0, == 0, ..."""
    __pyheap_tp_name__ = 'functools.KeyWrapper'
    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=_missing):
        self.cmp = cmp
        if obj is not _missing:
            self.obj = obj

    def __call__(self, *args, **kwargs):
        # the argument checks of C's K(obj)
        if 'obj' in kwargs:
            args = args + (kwargs.pop('obj'),)
        for name in kwargs:
            raise TypeError(f"'{name}' is an invalid keyword argument for K()")
        if not args:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        if len(args) > 1:
            raise TypeError(f'K() takes at most 1 argument ({len(args)} given)')
        return KeyWrapper(self.cmp, args[0])

    def _compare(self, other):
        if type(other) is not type(self):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    """A key function (for sorted, min, max) from a comparison function returning <0, 0 or >0."""
    return KeyWrapper(mycmp)


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args before the call's
    own positional arguments and keywords updated by the call's keywords."""
    __pyheap_tp_name__ = 'functools.partial'
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            # a partial of a partial is flattened into one
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        # what __reduce__ gave, checked as CPython's partial_setstate checks it
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = args if type(args) is tuple else tuple(args)
        self.keywords = {} if kwds is None else (kwds if type(kwds) is dict else dict(kwds))
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    """partialmethod(func, *args, **keywords): a descriptor that, looked up on an instance, is the
    partial of func bound to it (self first, then args); on a class, func's own binding is used."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # nested partialmethods collapse into one
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(a) for a in self.args]
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self.func!r}{''.join(', ' + p for p in parts)})"

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # a descriptor (classmethod, staticmethod, another method) made its own binding
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _method_type():
    class Probe:
        def method(self):
            pass
    return type(Probe().method)


_MethodType = _method_type()


def _make_key(args, kwds, typed):
    """The cache key of a call: the argument itself for one int or str, else the arguments (and the
    keywords after a marker, and the types when typed) in a tuple."""
    if not typed and not kwds:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


_kwd_mark = object()


class _lru_cache_wrapper:
    """What lru_cache returns: calls the function once per distinct arguments, keeping at most
    maxsize results (all when maxsize is None), dropping the least recently used first."""
    __pyheap_tp_name__ = 'functools._lru_cache_wrapper'
    __slots__ = ('_maxsize', '_typed', '_cache_info_type', '_cache', '_hits', '_misses', '_lock',
                 '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache_info_type = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._lock = RLock()

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            if self._maxsize is not None:
                # most recent last: move the entry to the end
                with self._lock:
                    if key in cache:
                        del cache[key]
                        cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        with self._lock:
            if key in cache:
                # the call itself filled this entry: keep that one
                pass
            else:
                if self._maxsize is not None and len(cache) >= self._maxsize:
                    for oldest in cache:
                        break
                    del cache[oldest]
                cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """(hits, misses, maxsize, currsize) of the cache."""
        with self._lock:
            return self._cache_info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Empties the cache and zeroes the statistics."""
        with self._lock:
            self._cache.clear()
            self._hits = 0
            self._misses = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


def _wrap_cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info_type())
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results by its arguments, keeping the maxsize most recently
    used (all with maxsize=None); typed=True keeps 3 and 3.0 apart. The wrapper has cache_info(),
    cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without parentheses
        return _wrap_cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _wrap_cached(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """lru_cache(maxsize=None): an unbounded cache."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed on first access and then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {self.attrname!r} property.") from None
        value = store.get(self.attrname, _missing)
        if value is _missing:
            with self.lock:
                value = store.get(self.attrname, _missing)
                if value is _missing:
                    value = self.func(instance)
                    try:
                        store[self.attrname] = value
                    except TypeError:
                        raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                        f"does not support item assignment for caching {self.attrname!r} "
                                        "property.") from None
        return value


def _dispatch_types(cls):
    """The classes a register() argument names: a class, or each member of a union (int | str)."""
    if isinstance(cls, type):
        return (cls,)
    import types
    import typing
    if isinstance(cls, types.UnionType) or typing.get_origin(cls) is typing.Union:
        members = typing.get_args(cls)
        if all(isinstance(m, type) for m in members):
            return members
    return None


def _find_impl(cls, registry):
    # the nearest class of the MRO with an implementation, then, before object (which CPython's
    # composed MRO puts after the ABCs), the most specific ABC or registered class the class is a
    # subclass of (the first registered among equally specific ones)
    for base in cls.__mro__[:-1]:
        if base in registry:
            return registry[base]
    matches = [typ for typ in registry if typ is not object and issubclass(cls, typ)]
    for typ in matches:
        if not any(other is not typ and issubclass(other, typ) for other in matches):
            return registry[typ]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function: the implementation for the class of the first argument."""
    registry = {}
    cache = {}

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            impl = cache[cls] = _find_impl(cls, registry)
            return impl

    def register(cls, func=None):
        types = _dispatch_types(cls)
        if types is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            types = _dispatch_types(cls)
            if types is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for typ in types:
            registry[typ] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    import types
    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method: dispatches on the class of the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# Frames that CPython runs in C leave no traceback entry: reduce, cmp_to_key, partial and the lru_cache wrapper are _functools', written in C; the rest is Python there too.
import _pyheap_c
_pyheap_c.stands_for_c(reduce, KeyWrapper, cmp_to_key, partial, _lru_cache_wrapper, _make_key, module='_functools')
del _pyheap_c

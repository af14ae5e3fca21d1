"""Weak references (PEP 205).

ref, proxy and the counting functions are the runtime's (_weakref). This module adds what is
built from them: the weak mappings (WeakValueDictionary, WeakKeyDictionary; WeakSet comes from
_weakrefset), WeakMethod, and finalize.

The two mappings keep a plain dict in `data` and follow _weakrefset's discipline: the refs'
shared callback `_remove` deletes a dead entry at once, or queues it in `_pending_removals`
while an iterator runs (`_iterating` holds the iterators' guards); reads and writes commit the
queue first.

 - WeakValueDictionary maps key -> KeyedRef(value), a ref that also remembers its key, so the
   callback knows which entry to delete; it deletes only if the entry still holds that very
   ref (_remove_dead_weakref), since the key may have been given a new value meanwhile.
 - WeakKeyDictionary maps ref(key) -> value. Refs to equal live objects hash and compare
   equal, so ref(key) finds the entry. Its len() subtracts the queue; a deletion may take an
   entry that is also queued, so deletions mark the count dirty and len() then drops queue
   items no longer in data.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _IterationGuard
import _collections_abc
import sys
import itertools

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


class WeakMethod(ref):
    """A weak reference to a bound method. A bound method is made afresh at each attribute
    access, so a plain ref to one dies at once; this one watches the instance and the function
    instead, and calling it rebuilds the method while both live (None afterwards). The
    callback runs once, when the first of the two dies."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # self_wr is bound below, once the WeakMethod exists
            self = self_wr()
            if not self._alive:
                return
            self._alive = False
            if callback is not None:
                callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        # a dead WeakMethod equals only itself
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that carries a key: what WeakValueDictionary stores, so that one callback shared
    by all entries can tell which entry died."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _commit(container):
    # the removals queued while iterating, applied before any other access
    if container._pending_removals:
        container._commit_removals()


def _address_repr(container):
    return '<%s at %#x>' % (container.__class__.__name__, id(container))


def _or(left, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = left.copy()
    merged.update(other)
    return merged


def _ror(right, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = right.__class__()
    merged.update(other)
    merged.update(right)
    return merged


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry leaves when its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                _atomic_removal(owner.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        queued = self._pending_removals
        entries = self.data
        while queued:
            _atomic_removal(entries, queued.pop())

    # ---- lookups: an entry whose value died counts as absent

    def __getitem__(self, key):
        _commit(self)
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        _commit(self)
        try:
            wr = self.data[key]
        except KeyError:
            return default
        value = wr()
        return default if value is None else value

    def __contains__(self, key):
        _commit(self)
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __len__(self):
        _commit(self)
        return len(self.data)

    def __repr__(self):
        return _address_repr(self)

    # ---- changes

    def __setitem__(self, key, value):
        _commit(self)
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        _commit(self)
        del self.data[key]

    def pop(self, key, *args):
        _commit(self)
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        _commit(self)
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        _commit(self)
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        _commit(self)
        entries = self.data
        callback = self._remove
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                entries[key] = KeyedRef(value, callback, key)
        for key, value in kwargs.items():
            entries[key] = KeyedRef(value, callback, key)

    # ---- walks (generators, so each holds a guard while it is suspended)

    def items(self):
        _commit(self)
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def keys(self):
        _commit(self)
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        _commit(self)
        with _IterationGuard(self):
            for wr in self.data.values():
                value = wr()
                if value is not None:
                    yield value

    def itervaluerefs(self):
        """Iterates over the KeyedRefs to the values (some may be dead by the time they are
        called)."""
        _commit(self)
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the KeyedRefs to the values (some may be dead by the time they are
        called)."""
        _commit(self)
        return list(self.data.values())

    # ---- copies and operators

    def copy(self):
        _commit(self)
        return _copy_by_value(self, WeakValueDictionary(), _same)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        _commit(self)
        return _copy_by_value(self, self.__class__(), lambda key: deepcopy(key, memo))

    def __ior__(self, other):
        self.update(other)
        return self

    __or__ = _or
    __ror__ = _ror


def _same(key):
    return key


def _copy_by_value(source, target, convert_key):
    # the live entries of a WeakValueDictionary into target
    with _IterationGuard(source):
        for key, wr in source.data.items():
            value = wr()
            if value is not None:
                target[convert_key(key)] = value
    return target


def _copy_by_key(source, target, convert_value):
    # the live entries of a WeakKeyDictionary into target
    with _IterationGuard(source):
        for wr, value in source.data.items():
            key = wr()
            if key is not None:
                target[key] = convert_value(value)
    return target


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry leaves when its key dies. Keys must be
    hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(k)
                return
            try:
                del owner.data[k]
            except KeyError:
                pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        queued = self._pending_removals
        entries = self.data
        while queued:
            try:
                del entries[queued.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        # keep only the queued refs still in data, so that len() subtracts no entry twice
        entries = self.data
        self._pending_removals = [wr for wr in self._pending_removals if wr in entries]
        self._dirty_len = False

    # ---- lookups

    def __getitem__(self, key):
        return self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return _address_repr(self)

    # ---- changes (the key's ref gets the callback only when stored)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def update(self, dict=None, /, **kwargs):
        entries = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                entries[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    # ---- walks

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the refs to the keys (some may be dead by the time they are called)."""
        return list(self.data)

    # ---- copies and operators

    def copy(self):
        return _copy_by_key(self, WeakKeyDictionary(), _same)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        return _copy_by_key(self, self.__class__(), lambda value: deepcopy(value, memo))

    def __ior__(self, other):
        self.update(other)
        return self

    __or__ = _or
    __ror__ = _ror


def _live_details(finalizer):
    # (obj, info) while the finalizer is registered and its object lives, else None
    info = finalizer._registry.get(finalizer)
    obj = info and info.weakref()
    if obj is None:
        return None
    return obj, info


class finalize:
    """finalize(obj, func, /, *args, **kwargs): a callable that calls func(*args, **kwargs)
    at most once: when obj dies, when the finalizer itself is called, or at interpreter
    exit (unless its `atexit` is turned off), whichever comes first.

    The finalizer is the callback of a weak reference to obj; a class-wide registry maps each
    live finalizer to its details and keeps it alive (a finalizer nobody holds must still
    run). At exit the live ones run newest first; finalizers made while they run are
    picked up too.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            # on first use, so that it runs before the atexit functions registered earlier
            # (which finalizers may still need)
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Runs the function if still alive (and gives its result), marking it dead."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, marks it dead without running it and gives (obj, func, args, kwargs)."""
        found = _live_details(self)
        if found is not None and self._registry.pop(self, None):
            obj, info = found
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, gives (obj, func, args, kwargs)."""
        found = _live_details(self)
        if found is not None:
            obj, info = found
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether it has neither run nor been detached."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether it runs at exit when still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        found = _live_details(self)
        if found is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        obj = found[0]
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # the finalizers due at exit, oldest first (the caller pops from the end)
        due = [(f, info) for (f, info) in cls._registry.items() if info.atexit]
        due.sort(key=lambda item: item[1].index)
        return [f for (f, info) in due]

    @classmethod
    def _exitfunc(cls):
        # The collector stays off meanwhile: a collection could run finalizers in another
        # order. A finalizer's own exception is reported and the others still run.
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                queue = None
                while True:
                    if queue is None or finalize._dirty:
                        queue = cls._select_for_exit()
                        finalize._dirty = False
                    if not queue:
                        break
                    f = queue.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            # from now on a late callback (a collection during shutdown) does nothing
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()

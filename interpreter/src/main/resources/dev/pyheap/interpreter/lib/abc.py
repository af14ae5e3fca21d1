"""Abstract base classes (PEP 3119): ABCMeta, ABC, abstractmethod.

CPython keeps an ABC's registry and caches in C (`_abc`); here they are Python sets of weak
references to classes, as C keeps them, so registering a class or testing isinstance never keeps
a class alive.
"""

from _weakref import ref as _ref
from _abc import _set_collection_flag


def abstractmethod(funcobj):
    """Marks a method abstract: a class of ABCMeta with abstract methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: classmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: staticmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: property over abstractmethod."""
    __isabstractmethod__ = True


# Bumped by every register(): negative caches older than it are stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return _invalidation_counter


class _WeakClassSet:
    """A set of classes held by weak references; a class that dies leaves the set."""
    __slots__ = ('refs', '__weakref__')

    def __init__(self):
        self.refs = set()

    def add(self, cls):
        self_ref = _ref(self)

        def gone(r):
            owner = self_ref()
            if owner is not None:
                owner.refs.discard(r)
        self.refs.add(_ref(cls, gone))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self.refs
        except TypeError:
            return False

    def classes(self):
        found = []
        for r in list(self.refs):
            cls = r()
            if cls is not None:
                found.append(cls)
        return found

    def clear(self):
        self.refs.clear()


class _abc_data:
    """An ABC's registry, positive cache and negative cache (with the token it was filled at)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = _WeakClassSet()
        self.cache = _WeakClassSet()
        self.negative_cache = _WeakClassSet()
        self.negative_cache_version = _invalidation_counter


def _abstract_names(cls, namespace_items, bases):
    names = set()
    for name, value in namespace_items:
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


_COLLECTION_FLAGS = (1 << 5) | (1 << 6)  # Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING


def _set_collection_flag_recursive(cls, flag):
    """A registered class and its subclasses become sequences or mappings for match."""
    if _set_collection_flag(cls, flag):
        for sub in type.__subclasses__(cls):
            _set_collection_flag_recursive(sub, flag)


class ABCMeta(type):
    """The metaclass of abstract base classes: classes may be registered as virtual subclasses,
    a class may answer issubclass through __subclasshook__, and a class with abstract methods
    cannot be instantiated."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _abc_data()
        # collections.abc.Sequence and Mapping say what match treats their subclasses as
        flags = cls.__dict__.get('__abc_tpflags__')
        if flags is not None:
            if isinstance(flags, int):
                _set_collection_flag(cls, flags)
            del cls.__abc_tpflags__
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC; returns it (so it works as a class
        decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        if cls.__flags__ & _COLLECTION_FLAGS:
            _set_collection_flag_recursive(subclass, cls.__flags__ & _COLLECTION_FLAGS)
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache.clear()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            if answer:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return answer
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for registered in impl.registry.classes():
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for derived in cls.__subclasses__():
            if issubclass(subclass, derived):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()

    def _dump_registry(cls, file=None):
        """Prints the registry and caches (for debugging)."""
        impl = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {set(impl.registry.classes())!r}', file=file)
        print(f'_abc_cache: {set(impl.cache.classes())!r}', file=file)
        print(f'_abc_negative_cache: {set(impl.negative_cache.classes())!r}', file=file)
        print(f'_abc_negative_cache_version: {impl.negative_cache_version!r}', file=file)


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ of an ABC after methods were added or implemented."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class making its subclasses abstract base classes."""
    __slots__ = ()

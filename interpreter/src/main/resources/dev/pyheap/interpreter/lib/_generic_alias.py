"""types.GenericAlias (list[int], dict[str, int]) and types.UnionType (int | None): the objects the
built-in types' __class_getitem__ and type's | make (the interpreter calls GenericAlias and
_type_or here). Both print as CPython's, compare by their arguments, refuse isinstance() for a
parameterized generic, and a union answers isinstance() and issubclass() for each of its members."""

_NoneType = type(None)

# what a GenericAlias keeps for itself; any other attribute is its origin's (list[int].append)
_OWN = frozenset({'__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
                  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__',
                  '__copy__', '__deepcopy__'})


def _repr_item(p):
    if p is Ellipsis:
        return '...'
    try:
        if hasattr(p, '__origin__') and hasattr(p, '__args__'):
            return repr(p)
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _parameters(args):
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__') or type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            if a not in params:
                params.append(a)
            continue
        for p in getattr(a, '__parameters__', ()):
            if p not in params:
                params.append(p)
    return tuple(params)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
    __pyheap_tp_name__ = 'types.GenericAlias'
    __slots__ = ('__origin__', '__args__', '_parameters', '__weakref__')

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)
        return self

    def __getattribute__(self, name):
        if name in _OWN or name == '_parameters':
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    @property
    def __parameters__(self):
        params = object.__getattribute__(self, '_parameters')
        if params is None:
            params = _parameters(self.__args__)
            object.__setattr__(self, '_parameters', params)
        return params

    __unpacked__ = False

    def __repr__(self):
        args = self.__args__
        inner = ', '.join(_repr_item(a) for a in args) if args else '()'
        return f'{_repr_item(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        items = item if isinstance(item, tuple) else (item,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments for {self!r}; "
                            f"actual {len(items)}, expected {len(params)}")
        subst = dict(zip(params, items))

        def substitute(a):
            if a in params:
                return subst[a]
            sub = getattr(a, '__parameters__', ())
            if sub:
                return a[tuple(subst[p] for p in sub)]
            return a
        return GenericAlias(self.__origin__, tuple(substitute(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | _OWN)

    def __setattr__(self, name, value):
        if name in _OWN:
            raise AttributeError('readonly attribute')
        setattr(self.__origin__, name, value)


GenericAlias.__module__ = 'types'


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""
    __pyheap_tp_name__ = 'types.UnionType'
    __slots__ = ('__args__', '_parameters')

    def __repr__(self):
        return ' | '.join('None' if a is _NoneType else _repr_item(a) for a in self.__args__)

    @property
    def __parameters__(self):
        if self._parameters is None:
            self._parameters = _parameters(self.__args__)
        return self._parameters

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return frozenset(self.__args__) == frozenset(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f'{self!r} is not a generic class')
        raise TypeError(f'{self!r}: substituting type variables in a union is not supported')


UnionType.__module__ = 'types'


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _type_or(a, b):
    """a | b for types, None, generic aliases and unions: a union of both sides' members, each
    once; a single member is itself. NotImplemented for anything else."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    members = []
    for side in (a, b):
        for m in (side.__args__ if isinstance(side, UnionType) else (side,)):
            if m is None:
                m = _NoneType
            for seen in members:
                if seen is m or (isinstance(m, GenericAlias) and isinstance(seen, GenericAlias) and seen == m):
                    break
            else:
                members.append(m)
    if len(members) == 1:
        return members[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(members)
    u._parameters = None
    return u

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
    """The type variables of an argument tuple, each once, in order of first appearance
    (_Py_make_parameters): an argument that substitutes itself (__typing_subst__: TypeVar,
    ParamSpec, TypeVarTuple) is one; another's own __parameters__ are collected; a class is
    skipped (its __parameters__ would be a descriptor's, not its variables)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__'):
            if a not in params:
                params.append(a)
            continue
        sub = getattr(a, '__parameters__', ())
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)


def _unpack_args(item):
    # *tuple[int, str] among the arguments stands for int, str (an unbounded *tuple[int, ...] stays)
    items = item if isinstance(item, tuple) else (item,)
    out = []
    for a in items:
        sub = None if isinstance(a, type) else getattr(a, '__typing_unpacked_tuple_args__', None)
        if isinstance(sub, tuple) and not (sub and sub[-1] is Ellipsis):
            out.extend(sub)
        else:
            out.append(a)
    return tuple(out)


def _is_unpacked_typevartuple(a):
    return not isinstance(a, type) and bool(getattr(a, '__typing_is_unpacked_typevartuple__', False))


def _subs_tvars(obj, params, argitems):
    """obj (an argument that is itself generic) with its own parameters replaced by the items
    given for them; a TypeVarTuple's item (a tuple) is spread."""
    subparams = getattr(obj, '__parameters__', ())
    if not isinstance(subparams, tuple) or not subparams:
        return obj
    subargs = []
    for p in subparams:
        arg = argitems[params.index(p)]
        if hasattr(type(p), '__iter__') and isinstance(arg, tuple):
            subargs.extend(arg)
        else:
            subargs.append(arg)
    return obj[tuple(subargs)]


def _subs_parameters(alias, args, params, item):
    """The arguments of alias[item] (_Py_subs_parameters): each parameter may first reshape the
    items (__typing_prepare_subst__: a ParamSpec takes a bare list of types, a TypeVarTuple
    gathers its run of items into a tuple); then there must be one item per parameter, and each
    argument is replaced: a variable by its item through its __typing_subst__, a generic argument
    by its own subscription, an unpacked TypeVarTuple by its items spread."""
    if not params:
        raise TypeError(f'{alias!r} is not a generic class')
    item = _unpack_args(item)
    for p in params:
        prepare = getattr(p, '__typing_prepare_subst__', None)
        if prepare is not None:
            item = prepare(alias, item)
    if not isinstance(item, tuple):
        item = (item,)
    if len(item) != len(params):
        raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for {alias!r}; "
                        f"actual {len(item)}, expected {len(params)}")
    newargs = []
    for a in args:
        if isinstance(a, type):
            newargs.append(a)
            continue
        unpack = _is_unpacked_typevartuple(a)
        subst = getattr(a, '__typing_subst__', None)
        if subst is not None:
            a = subst(item[params.index(a)])
        else:
            a = _subs_tvars(a, params, item)
        if unpack:
            newargs.extend(a)
        else:
            newargs.append(a)
    return tuple(newargs)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
    __pyheap_tp_name__ = 'types.GenericAlias'
    __slots__ = ('__origin__', '__args__', '_parameters', '_starred', '__weakref__')

    def __new__(cls, *arguments, **kwargs):
        if kwargs and cls is GenericAlias:
            raise TypeError('GenericAlias() takes no keyword arguments')
        if len(arguments) != 2:
            raise TypeError(f'GenericAlias expected 2 arguments, got {len(arguments)}')
        origin, args = arguments
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '_parameters', None)
        object.__setattr__(self, '_starred', False)
        return self

    def __getattribute__(self, name):
        if name in _OWN or name in ('_parameters', '_starred'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    @property
    def __parameters__(self):
        params = object.__getattribute__(self, '_parameters')
        if params is None:
            params = _parameters(self.__args__)
            object.__setattr__(self, '_parameters', params)
        return params

    @property
    def __unpacked__(self):
        return self._starred

    @property
    def __typing_unpacked_tuple_args__(self):
        # *tuple[int, str]'s arguments, which a subscription spreads
        if self._starred and self.__origin__ is tuple:
            return self.__args__
        return None

    def __iter__(self):
        # *list[int] (3.11: iterating gives the starred alias once)
        return generic_alias_iterator(self)

    def __repr__(self):
        args = self.__args__
        inner = ', '.join(_repr_item(a) for a in args) if args else '()'
        return f"{'*' if self._starred else ''}{_repr_item(self.__origin__)}[{inner}]"

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
        args = _subs_parameters(self, self.__args__, self.__parameters__, item)
        res = GenericAlias(self.__origin__, args)
        object.__setattr__(res, '_starred', self._starred)
        return res

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self._starred == other._starred and self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

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
        if self._starred:
            return next, (iter(GenericAlias(self.__origin__, self.__args__)),)
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | _OWN)

    def __setattr__(self, name, value):
        if name in _OWN:
            raise AttributeError('readonly attribute')
        setattr(self.__origin__, name, value)


GenericAlias.__module__ = 'types'


class generic_alias_iterator:
    """iter(list[int]): gives *list[int] once; pickled as iter(list[int])."""
    __slots__ = ('_obj',)

    def __init__(self, obj):
        self._obj = obj

    def __iter__(self):
        return self

    def __next__(self):
        obj = self._obj
        if obj is None:
            raise StopIteration
        self._obj = None
        starred = GenericAlias(obj.__origin__, obj.__args__)
        object.__setattr__(starred, '_starred', True)
        return starred

    def __reduce__(self):
        if self._obj is not None:
            return iter, (self._obj,)
        return iter, ((),)


generic_alias_iterator.__module__ = 'builtins'


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""
    __pyheap_tp_name__ = 'types.UnionType'
    __slots__ = ('__args__', '_parameters')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

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
        # the members substituted, then joined again with | (so a member may become a typing form)
        newargs = _subs_parameters(self, self.__args__, self.__parameters__, item)
        if not newargs:
            return _make_union(newargs)
        res = newargs[0]
        for a in newargs[1:]:
            res = res | a
        return res


UnionType.__module__ = 'types'

import copyreg as _copyreg
_copyreg.pickle(UnionType, _copyreg.pickle_union)
del _copyreg


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
    return _make_union(tuple(members))


def _make_union(members):
    u = object.__new__(UnionType)
    u.__args__ = members
    u._parameters = None
    return u

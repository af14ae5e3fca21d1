"""The names of typing that annotations use, as runtime objects that print and compare as
CPython's: List[int] is typing.List[int], Optional[X] is Union[X, None], TypeVar, Generic,
Protocol, NamedTuple, TypedDict, cast, overload, get_type_hints, TYPE_CHECKING. Nothing is
checked at run time, as in CPython."""

import collections
import collections.abc
import functools
import sys
from types import GenericAlias, UnionType as _UnionType
from abc import ABCMeta as _ABCMeta

TYPE_CHECKING = False

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
           'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
           'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
           'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
           'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
           'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack']


def _type_repr(obj):
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """An argument of a subscription as CPython keeps it: None as NoneType, a str as a ForwardRef
    (evaluated by get_type_hints), anything else as it is."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _tp_cache(func):
    """The subscriptions of func cached, as CPython caches them (List[int] is List[int]); arguments
    that cannot be hashed, and errors, go to func itself."""
    cached = functools.lru_cache(typed=True)(func)

    @functools.wraps(func)
    def inner(*args, **kwds):
        try:
            return cached(*args, **kwds)
        except TypeError:
            pass
        return func(*args, **kwds)
    return inner


class _Final:
    __slots__ = ('__weakref__',)


class _SpecialForm(_Final):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem, name):
        self._getitem = getitem
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls}; actual {alen}, expected {elen}")


class _GenericAlias(_Final):
    """A subscripted generic: its origin class and its argument tuple. A special one (typing.List
    itself) takes _nparams arguments.

    Substitution (PEP 484, 612, 646) works as CPython 3.11's: an alias's __parameters__ are the
    variables of its arguments (_collect_parameters: those with __typing_subst__, and the
    __parameters__ of generic arguments), gathered when it is made; alias[args] lets each
    parameter reshape the arguments first (__typing_prepare_subst__: a ParamSpec takes a bare list
    of types, a TypeVarTuple gathers its run into a tuple), then replaces each argument
    (_make_substitution) and makes the new alias through copy_with, which the Callable and
    Concatenate aliases override to flatten a substituted parameter list."""
    __slots__ = ('__origin__', '__args__', '_name', '_special', '_nparams', '_inst', '_params')

    def __init__(self, origin, args, name=None, special=False, nparams=-1, inst=True):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._special = special
        self._nparams = nparams
        self._inst = inst
        self._params = () if special else _collect_parameters(self.__args__)

    @property
    def __parameters__(self):
        return self._params

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special:
            params = tuple(_type_convert(p) for p in params)
            _check_generic(self, params, self._nparams)
            return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self._params:
            raise TypeError(f'{self!r} is not a generic class')
        params = _unpack_args(tuple(_type_convert(p) for p in params))
        return self.copy_with(self._determine_new_args(params))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, inst=self._inst)

    def _determine_new_args(self, args):
        params = self._params
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments for {self!r}; "
                            f'actual {len(args)}, expected {len(params)}')
        return tuple(self._make_substitution(self.__args__, dict(zip(params, args))))

    def _make_substitution(self, args, new_arg_by_param):
        new_args = []
        for old_arg in args:
            if isinstance(old_arg, type):
                new_args.append(old_arg)
                continue
            substfunc = getattr(old_arg, '__typing_subst__', None)
            if substfunc:
                new_arg = substfunc(new_arg_by_param[old_arg])
            else:
                subparams = getattr(old_arg, '__parameters__', ())
                if not subparams:
                    new_arg = old_arg
                else:
                    subargs = []
                    for x in subparams:
                        if isinstance(x, TypeVarTuple):
                            subargs.extend(new_arg_by_param[x])
                        else:
                            subargs.append(new_arg_by_param[x])
                    new_arg = old_arg[tuple(subargs)]
            if self.__origin__ == collections.abc.Callable and isinstance(new_arg, tuple):
                # Callable[P, T][[int, str], bool]: the parameter list joins the arguments
                new_args.extend(new_arg)
            elif _is_unpacked_typevartuple(old_arg):
                # Tuple[int, *Ts][str, bytes]: the TypeVarTuple's types are spread
                new_args.extend(new_arg)
            elif isinstance(old_arg, tuple):
                new_args.append(tuple(self._make_substitution(old_arg, new_arg_by_param)))
            else:
                new_args.append(new_arg)
        return new_args

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special:
            return name
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self._special == other._special)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self._name in ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type'):
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or isinstance(b, type) and issubclass(b, Generic):
                break
        else:
            if not (isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)) or \
                    self.__origin__ is Protocol:
                entries.append(Generic)
        return tuple(entries)

    def __instancecheck__(self, obj):
        if self._special:
            return isinstance(obj, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        if self._special:
            return issubclass(cls, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        # isinstance(3, Optional[int]): the class of obj against each member
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True


def _type_check(arg, msg):
    """An argument of Union or Optional as CPython checks it: a tuple, or a special form or
    Generic/Protocol given bare, is refused; anything else is kept as it converts."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    # The first of equal arguments stays; they are told apart by hash, so each must have one.
    flat = list(dict.fromkeys(flat))
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat), 'Union')


def _optional(self, parameters):
    arg = _type_check(parameters, f'{self} requires a single type.')
    return Union[arg, None]


class _LiteralForm(_SpecialForm):
    """Literal's subscription is cached by each value and its type, so Literal[1, True] is not
    the cached Literal[1, 1]."""
    __slots__ = ()

    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


@_tp_cache
def _literal(self, *parameters):
    flat = []
    for p in parameters:
        flat.extend(p.__args__ if isinstance(p, _LiteralAlias) else (p,))
    # Duplicates are judged by value and type (1 and True both stay); unhashable values keep them all.
    try:
        unique = dict.fromkeys(_values_and_types(flat))
    except TypeError:
        pass
    else:
        flat = [value for value, _ in unique]
    return _LiteralAlias(Literal, tuple(flat), 'Literal')


def _values_and_types(args):
    return [(a, type(a)) for a in args]


class _LiteralAlias(_GenericAlias):
    """Literal[...]: its values compare and hash as a set of (value, type) pairs."""
    __slots__ = ()

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(_values_and_types(self.__args__)) == set(_values_and_types(other.__args__))

    def __hash__(self):
        return hash(frozenset(_values_and_types(self.__args__)))


def _wrap_one(name):
    def getitem(self, parameter):
        return _GenericAlias(self, (_type_convert(parameter),), name)
    return getitem


def _any(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type that every value has and that has every operation, for a static checker's
    benefit: since 3.11 a class (so it can be a base and a member of `X | Y`), which refuses
    to be instantiated itself and to be the second argument of isinstance()."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm(_any, 'NoReturn')
Never = _SpecialForm(_any, 'Never')
Self = _SpecialForm(_any, 'Self')
Union = _SpecialForm(_union, 'Union')
Optional = _SpecialForm(_optional, 'Optional')
Literal = _LiteralForm(_literal, 'Literal')
ClassVar = _SpecialForm(_wrap_one('ClassVar'), 'ClassVar')
Final = _SpecialForm(_wrap_one('Final'), 'Final')
Required = _SpecialForm(_wrap_one('Required'), 'Required')
NotRequired = _SpecialForm(_wrap_one('NotRequired'), 'NotRequired')




class _AnnotatedAlias(_GenericAlias):
    __slots__ = ('__metadata__',)

    def __init__(self, origin, metadata, *unused, **kwunused):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[' + ', '.join([_type_repr(self.__origin__)] + [repr(m) for m in self.__metadata__]) + ']'


class Annotated:
    """Annotated[T, x, ...]: the type T with metadata for tools; T itself to the type checker.
    In CPython 3.11 it is a class (get_origin() answers it), never instantiated nor subclassed."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(_type_convert(params[0], allow_special_forms=True), params[1:])

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


def _alias(origin, nparams, name):
    return _GenericAlias(origin, (), name, special=True, nparams=nparams)


class _CallableAlias(_GenericAlias):
    """typing.Callable itself: Callable[[int, str], bool] keeps its arguments flattened,
    (int, str, bool); Callable[..., T], Callable[P, T] and Callable[Concatenate[int, P], T] keep
    the parameter expression as the first argument. Nothing else is checked (PEP 612 left it to
    the type checkers)."""
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self._getitem_inner(params)

    @_tp_cache
    def _getitem_inner(self, params):
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is Ellipsis:
            return _CallableGenericAlias(self.__origin__, (Ellipsis, result), 'Callable', inst=self._inst)
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return _CallableGenericAlias(self.__origin__, args + (result,), 'Callable', inst=self._inst)


class _CallableGenericAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        import operator
        return operator.getitem, (Callable, args)


def _is_param_expr(arg):
    # what stands for a whole parameter list: ..., a list of types, a ParamSpec, a Concatenate
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _should_unflatten_callable_args(typ, args):
    # get_args(Callable[[int, str], bool]) is ([int, str], bool), not the flat __args__
    return typ.__origin__ is collections.abc.Callable and not (len(args) == 2 and _is_param_expr(args[0]))


class _TupleAlias(_GenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(p if p is ... else _type_convert(p) for p in params), 'Tuple')


abc = collections.abc
List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Tuple = _TupleAlias(tuple, (), 'Tuple', special=True)
Type = _alias(type, 1, 'Type')
Deque = _alias(collections.deque, 1, 'Deque')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Callable = _CallableAlias(abc.Callable, (), 'Callable', special=True)
Iterable = _alias(abc.Iterable, 1, 'Iterable')
Iterator = _alias(abc.Iterator, 1, 'Iterator')
Generator = _alias(abc.Generator, 3, 'Generator')
Sequence = _alias(abc.Sequence, 1, 'Sequence')
MutableSequence = _alias(abc.MutableSequence, 1, 'MutableSequence')
Mapping = _alias(abc.Mapping, 2, 'Mapping')
MutableMapping = _alias(abc.MutableMapping, 2, 'MutableMapping')
AbstractSet = _alias(abc.Set, 1, 'AbstractSet')
MutableSet = _alias(abc.MutableSet, 1, 'MutableSet')
Hashable = _alias(abc.Hashable, 0, 'Hashable')
Sized = _alias(abc.Sized, 0, 'Sized')
Collection = _alias(abc.Collection, 1, 'Collection')
Container = _alias(abc.Container, 1, 'Container')
Reversible = _alias(abc.Reversible, 1, 'Reversible')
Awaitable = _alias(abc.Awaitable, 1, 'Awaitable')
Coroutine = _alias(abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _alias(abc.AsyncIterable, 1, 'AsyncIterable')
AsyncGenerator = _alias(abc.AsyncGenerator, 2, 'AsyncGenerator')
ByteString = _alias(abc.ByteString, 0, 'ByteString')
MappingView = _alias(abc.MappingView, 1, 'MappingView')
AsyncIterator = _alias(abc.AsyncIterator, 1, 'AsyncIterator')
ItemsView = _alias(abc.ItemsView, 2, 'ItemsView')
KeysView = _alias(abc.KeysView, 1, 'KeysView')
ValuesView = _alias(abc.ValuesView, 1, 'ValuesView')
Text = str


class TypeVar(_Final):
    __slots__ = ('__name__', '__bound__', '__constraints__', '__covariant__', '__contravariant__')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = None if bound is None else _type_convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        arg = _type_check(arg, 'Parameters to generic types must be types.')
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or
                (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f'{arg} is not valid as type argument')
        return arg


AnyStr = TypeVar('AnyStr', bytes, str)


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _collect_parameters(args):
    """The type variables of an argument tuple, each once, in order of first appearance: an
    argument with __typing_subst__ (TypeVar, ParamSpec, TypeVarTuple) is one; a generic
    argument gives its own __parameters__; a class gives none."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _unpack_args(args):
    # Unpack[Tuple[int, str]] (or *tuple[int, str]) among arguments stands for int, str
    newargs = []
    for arg in args:
        subargs = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if subargs is not None and not (subargs and subargs[-1] is ...):
            newargs.extend(subargs)
        else:
            newargs.append(arg)
    return tuple(newargs)


class Generic:
    """The base of user generic classes: Generic[T, ...] names their type variables, C[int] is an
    alias of C with its arguments (C itself when called)."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                                f'or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            tvars = cls.__dict__.get('__parameters__', ())
            for param in tvars:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(tvars))
            new_args = []
            for param, new_arg in zip(tvars, params):
                if isinstance(param, TypeVarTuple):
                    new_args.extend(new_arg)
                else:
                    new_args.append(new_arg)
            params = tuple(new_args)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            error = Generic in orig
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol' and type(cls) is not _TypedDictMeta
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if orig is not None:
            tvars = _collect_parameters(orig)
            gvars = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError(f"Some type variables ({', '.join(str(t) for t in missing)}) are not "
                                    f"listed in Generic[{', '.join(str(g) for g in gvars)}]")
                tvars = gvars
        else:
            tvars = ()
        cls.__parameters__ = tuple(tvars)


# the names a class defines that are not members of a protocol
_PROTO_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
    '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__init_subclass__',
    '__parameters__', '__orig_bases__', '__qualname__', '__match_args__', '_is_protocol',
    '_is_runtime_protocol', '_abc_impl', '__protocol_attrs__', '_MutableMapping__marker'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in _PROTO_SKIP:
                attrs.add(name)
    return attrs


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if getattr(cls, '_is_protocol', False):
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None))
                                                or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: with @runtime_checkable, isinstance and issubclass look for
    the members the protocol defines."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if isinstance(annotations, dict) and attr in annotations and issubclass(other, Generic) \
                            and other._is_protocol:
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(lambda klass, other: _proto_hook(other))
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def final(f):
    # 3.11 marks the decorated object so introspection can see it, where it can be set
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return getattr(func, '__module__', None), getattr(func, '__qualname__', None), \
        getattr(getattr(func, '__code__', None), 'co_firstlineno', None)


def overload(func):
    """Records func as one signature of an overloaded function (get_overloads lists them); the
    name then stands for a function that refuses to be called until the implementation follows."""
    f = getattr(func, '__func__', func)
    try:
        _overloads.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. '
                                  'A series of @overload-decorated functions '
                                  'outside a stub module should always be followed '
                                  'by an implementation that is not @overload-ed.')
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    if f.__module__ not in _overloads:
        return []
    return list(_overloads[f.__module__].get(f.__qualname__, {}).values())


def clear_overloads():
    _overloads.clear()


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default, 'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__qualname__ = getattr(decorator, '__qualname__', 'wrapped_decorator')
    return wrapped_decorator


class ForwardRef(_Final):
    """A string annotation not evaluated yet."""
    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class ParamSpecArgs(_Final):
    __slots__ = ('__origin__',)

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(ParamSpecArgs):
    __slots__ = ()

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final):
    """The parameters of a callable as one variable (P.args, P.kwargs in signatures)."""
    __slots__ = ('__name__', '__bound__', '__covariant__', '__contravariant__')

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = None if bound is None else _type_convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, 'Expected a type.') for a in arg)
        elif not _is_param_expr(arg):
            raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}')
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f'Too few arguments for {alias}')
        if len(params) == 1 and not _is_param_expr(args[0]):
            # PEP 612: Z[int, str, bool] is Z[[int, str, bool]] when P is Z's only parameter
            args = (args,)
        elif isinstance(args[i], list):
            args = (*args[:i], tuple(args[i]), *args[i + 1:])
        return args


class TypeVarTuple(_Final):
    """Any number of types as one variable (*Ts)."""
    __slots__ = ('__name__',)

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError('Substitution of bare TypeVarTuple is not supported')

    def __typing_prepare_subst__(self, alias, args):
        """The arguments with the run that falls to this TypeVarTuple gathered into one tuple:
        the parameters before it and after it take one argument each (an unbounded
        *tuple[X, ...] among the arguments may stand for any of them, as X)."""
        params = alias.__parameters__
        typevartuple_index = params.index(self)
        for param in params[typevartuple_index + 1:]:
            if isinstance(param, TypeVarTuple):
                raise TypeError(f'More than one TypeVarTuple parameter in {alias}')
        alen = len(args)
        plen = len(params)
        left = typevartuple_index
        right = plen - typevartuple_index - 1
        var_tuple_index = None
        fillarg = None
        for k, arg in enumerate(args):
            if not isinstance(arg, type):
                subargs = getattr(arg, '__typing_unpacked_tuple_args__', None)
                if subargs and len(subargs) == 2 and subargs[-1] is ...:
                    if var_tuple_index is not None:
                        raise TypeError('More than one unpacked arbitrary-length tuple argument')
                    var_tuple_index = k
                    fillarg = subargs[0]
        if var_tuple_index is not None:
            left = min(left, var_tuple_index)
            right = min(right, alen - var_tuple_index - 1)
        elif left + right > alen:
            raise TypeError(f'Too few arguments for {alias}; actual {alen}, expected at least {plen - 1}')
        return (
            *args[:left],
            *([fillarg] * (typevartuple_index - left)),
            tuple(args[left: alen - right]),
            *([fillarg] * (plen - right - left - typevartuple_index - 1)),
            *args[alen - right:],
        )


class _UnpackGenericAlias(_GenericAlias):
    """Unpack[Ts] (*Ts) and Unpack[Tuple[int, str]]: in an argument list, the types they stand for."""
    __slots__ = ()

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, _GenericAlias):
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _ConcatenateGenericAlias(_GenericAlias):
    __slots__ = ()

    def copy_with(self, params):
        # Concatenate[int, P] with P substituted by a parameter list is that list after int
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


def _unpack(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


def _concatenate(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    # 3.11 also takes an ellipsis last (Concatenate[int, ...])
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


Unpack = _SpecialForm(_unpack, 'Unpack')
Concatenate = _SpecialForm(_concatenate, 'Concatenate')
TypeGuard = _SpecialForm(_wrap_one('TypeGuard'), 'TypeGuard')
LiteralString = _SpecialForm(_any, 'LiteralString')
TypeAlias = _SpecialForm(_any, 'TypeAlias')


def no_type_check(arg):
    return arg


def cast(typ, val):
    return val


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, GenericAlias)) and not getattr(tp, '_special', False):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _hint(value, globalns, localns):
    # a string annotation is a forward reference, evaluated where the annotated object was defined
    return _eval_type(_type_convert(value), globalns, localns)


def _eval_type(t, globalns, localns):
    """t with its forward references evaluated, also those inside aliases (List['int'] is
    List[int]; a str argument of a built-in alias, list['int'], counts as one too)."""
    if isinstance(t, ForwardRef):
        if t.__forward_module__ is not None:
            module = sys.modules.get(t.__forward_module__)
            globalns = getattr(module, '__dict__', globalns)
        return _eval_type(_type_convert(eval(t.__forward_arg__, globalns, localns)), globalns, localns)
    if isinstance(t, (_GenericAlias, GenericAlias, _UnionType)) and not getattr(t, '_special', False) \
            and not isinstance(t, _LiteralAlias):
        args = getattr(t, '__args__', ())
        if isinstance(t, GenericAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in args)
        evaluated = tuple(_eval_type(a, globalns, localns) for a in args)
        if evaluated != args:
            return _copy_with(t, evaluated)
    return t


def _copy_with(t, args):
    """The alias t with other arguments, of t's own kind."""
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, args)
    if isinstance(t, _UnionType):
        return functools.reduce(lambda a, b: a | b, args)
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(args[0], t.__metadata__)
    return t.copy_with(args)


def _strip_annotations(t):
    # Annotated[T, ...] reads as T, also inside other aliases (List[Annotated[int, x]] is List[int])
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    # so do a TypedDict's Required[T] and NotRequired[T]
    if getattr(t, '__origin__', None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias)) and not getattr(t, '_special', False):
        args = getattr(t, '__args__', ())
        stripped = tuple(_strip_annotations(a) for a in args)
        if stripped != args and type(t) in (_GenericAlias, _UnionGenericAlias, _CallableGenericAlias, GenericAlias):
            return _copy_with(t, stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = _type_hints(obj, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


def _type_hints(obj, globalns, localns):
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__dict__.get('__module__'))
            base_globals = globalns if globalns is not None else getattr(module, '__dict__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, '__module__', None))
            globalns = getattr(module, '__dict__', {})
    if localns is None:
        localns = globalns
    return {name: _hint(value, globalns, localns) for name, value in getattr(obj, '__annotations__', {}).items()}


import contextlib as _contextlib
ContextManager = _alias(_contextlib.AbstractContextManager, 1, 'ContextManager')
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1, 'AsyncContextManager')


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct type for a type checker; at run time a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{sub} = NewType({sub!r}, {name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        defaults = [ns[n] for n in types if n in ns]
        nm_tpl = collections.namedtuple(typename, list(types), defaults=defaults, module=ns['__module__'])
        nm_tpl.__annotations__ = {n: _type_convert(t) for n, t in types.items()}
        for key, value in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__', '__doc__') and key not in types:
                setattr(nm_tpl, key, value)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nm_tpl = collections.namedtuple(typename, [n for n, t in fields])
    nm_tpl.__annotations__ = {n: _type_convert(t) for n, t in fields}
    return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {'_root': True})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {n: _type_convert(t, module=tp.__module__) for n, t in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, value in own.items():
            origin = getattr(value, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': 'typing'}
    try:
        import sys
        ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self):
        pass


class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


Pattern = _alias(str, 1, 'Pattern')
Match = _alias(str, 1, 'Match')

# Typing at run time in a validation helper: get_type_hints with include_extras, get_origin/
# get_args of Optional/Union/Callable/Annotated/Literal/generics, TypedDict (total, Required/
# NotRequired), Protocol with runtime_checkable, NamedTuple, NewType, TypeVar/ParamSpec reprs,
# cast, overload, final, and the reprs a validator prints.
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, NewType, NotRequired,
                    Optional, ParamSpec, Protocol, Required, Sequence, Tuple, TypedDict, TypeVar, Union, cast, final,
                    get_args, get_origin, get_type_hints, overload, runtime_checkable, is_typeddict, assert_never, Self, LiteralString)
import typing
import collections.abc

UserId = NewType("UserId", int)
T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float, covariant=True)
P = ParamSpec("P")
class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]
class Partial(TypedDict, total=False):
    id: Required[int]
    note: str
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
class Pair(NamedTuple):
    left: int
    right: "str" = "r"
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self):
        pass
def handler(uid: UserId, tags: list[str] | None = None, *, mode: Literal["r", "w"] = "r",
            cb: Callable[[int, str], bool] | None = None, meta: Annotated[dict[str, Any], "json"] = None) -> Optional[Box[int]]:
    return None
hints = get_type_hints(handler)
for k, v in hints.items():
    print(f"{k:<6} {v!r:<55} origin={get_origin(v)!r} args={get_args(v)!r}")
print(get_type_hints(handler, include_extras=True)["meta"], get_type_hints(Movie), Movie.__required_keys__, Movie.__optional_keys__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__, is_typeddict(Movie), is_typeddict(dict))
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m), Movie(title="x", year=1))
print(UserId(5), UserId, UserId.__supertype__, repr(T), repr(K), K.__constraints__, N.__bound__, N.__covariant__, repr(P), P.args, P.kwargs)
print(Box[int], Box[int]().__class__ if False else Box[int].__origin__, get_args(Box[str]), Box(3).item, Box.__parameters__)
print(Pair(1), Pair._fields, Pair.__annotations__, Pair._field_defaults, get_type_hints(Pair))
print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
try:
    isinstance(1, Sequence[int])
except TypeError as e:
    print("TypeError:", e)
print(Union[int, str] == Union[str, int], Union[int, int], Optional[int], Union[int, None, str], int | str, (int | str) == Union[int, str])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], list[int], dict[str, tuple[int, ...]], Callable[..., int], Callable[P, T])
print(get_origin(List[int]), get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Literal[1, "a"]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 3]), get_origin(int | None), get_args(Final[int]), get_origin(ClassVar[int]))
print(cast(int, "not really"), typing.Any, repr(typing.NoReturn), typing.Optional[typing.Any], Literal[True, 1], Self, LiteralString)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2), f("s"))
try:
    typing.get_overloads
    print(len(typing.get_overloads(f)))
except AttributeError:
    print("no get_overloads")
@final
class Leaf:
    pass
print(getattr(Leaf, "__final__", None), collections.abc.Sequence[int], isinstance([], collections.abc.Sequence))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: Literal, lambda: Generic[int], lambda: TypeVar("X", int), lambda: List[int, str], lambda: Box[int, str]]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.get_type_hints(Box.__init__), Box.__init__.__annotations__, typing.TYPE_CHECKING)

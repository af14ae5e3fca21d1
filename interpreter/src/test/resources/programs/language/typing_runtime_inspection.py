# typing as libraries inspect it at runtime: get_type_hints with forward references and
# include_extras, get_origin/get_args, Generic subscriptions and their reprs, TypeVar bounds,
# runtime_checkable Protocols, TypedDict totality, NewType, Literal and Annotated, ParamSpec,
# overload's registry, cast and NamedTuple.
from __future__ import annotations
import typing
from typing import (Any, Callable, Generic, TypeVar, Protocol, runtime_checkable, TypedDict,
                    NewType, Literal, Annotated, Optional, Union, ParamSpec, Concatenate,
                    overload, get_type_hints, get_origin, get_args, NamedTuple, cast)

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")
N = TypeVar("N", int, float)
P = ParamSpec("P")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

class Movie(TypedDict):
    title: str
    year: int

class PartialMovie(Movie, total=False):
    rating: float

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self):
        pass

UserId = NewType("UserId", int)

def decorate(f: Callable[P, T]) -> Callable[Concatenate[str, P], list[T]]:
    return f

def handler(x: Optional[int], mode: Literal["r", "w"] = "r", *,
            meta: Annotated[str, "units"] = "", box: Box[int] | None = None) -> list[Box[str]]:
    return []

class Point(NamedTuple):
    x: int
    y: int = 0

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(Box[int], Box[int].__origin__ is Box, Box[int].__args__, Box.__parameters__)
print(repr(T), T.__name__, K.__bound__, N.__constraints__, repr(P), P.args, P.kwargs)
print(handler.__annotations__)
hints = get_type_hints(handler)
for k, v in hints.items():
    print(" ", k, "->", v)
print(get_type_hints(handler, include_extras=True)["meta"])
for tp in [list[int], dict[str, list[int]], Optional[int], Union[int, str], Literal["r", "w"],
           Callable[[int, str], bool], Callable[..., None], Annotated[int, "x"], int | None, tuple[int, ...]]:
    print(tp, get_origin(tp), get_args(tp))
print(Movie.__required_keys__, PartialMovie.__optional_keys__, PartialMovie.__total__)
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__)
print(isinstance(Resource(), Closer), isinstance(1, Closer), issubclass(Resource, Closer))
try:
    isinstance(1, Box[int])
except TypeError as e:
    print("TypeError:", e)
class NotRuntime(Protocol):
    def x(self): ...
try:
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError:", e)
u = UserId(5)
print(u, type(u).__name__, UserId.__name__, UserId)
print(Point(1), Point._fields, Point._field_defaults, Point.__annotations__)
print(double(2), double("ab"), [f.__name__ for f in typing.get_overloads(double)] if hasattr(typing, "get_overloads") else "")
print(cast(int, "not checked"), cast("list[int]", 3))
print(typing.get_type_hints(Box.get), get_type_hints(Point))
print(typing.Any, typing.List[int], typing.Dict[str, Any], typing.Type[Box], typing.Tuple[()])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    typing.Union[()]
except TypeError as e:
    print("TypeError:", e)
print(Union[int, str] == Union[str, int], Optional[Optional[int]], Union[int, Union[str, int]])

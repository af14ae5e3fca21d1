# typing at runtime: get_type_hints, Protocol runtime_checkable, TypedDict, Generic reprs, ParamSpec, overload
from typing import (get_type_hints, Protocol, runtime_checkable, TypedDict, Generic, TypeVar, ParamSpec,
                    Callable, Optional, Union, List, Dict, overload, Literal, Final, ClassVar, Any,
                    get_origin, get_args, NamedTuple, Annotated, NewType, cast, TYPE_CHECKING, Concatenate)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
P = ParamSpec("P")
print(T, K, N, P, P.args, P.kwargs, T.__name__, K.__bound__, N.__constraints__)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box[int].__origin__, Box[int].__args__, Box.__parameters__)
b: Box[str] = Box("x")
print(type(b).__name__, Box[int]("y").item)
print(get_type_hints(Box.__init__), get_type_hints(Box.get))

def deco(f: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return [f(*args, **kwargs)]
    return inner
@deco
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, b=5))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closer), isinstance(3, Closer))
class NotChecked(Protocol):
    def x(self): ...
try:
    isinstance(File(), NotChecked)
except TypeError as e:
    print(e)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Blade Runner"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
class Movie2(TypedDict):
    name: str
print(Movie2(name="x"), type(Movie2(name="x")), Movie2.__required_keys__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

def f(a: Optional[int], b: Union[int, str, None], c: List[Dict[str, int]], d: Literal["a", 1],
      e: "Box[int]", g: Annotated[int, "meta"], h: int | None = None) -> Any:
    pass
hints = get_type_hints(f)
for k, v in hints.items():
    print(k, v)
print(get_type_hints(f, include_extras=True)["g"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]))
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[P, int], Callable[Concatenate[int, P], int])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(int | None, (int | str).__args__, ClassVar[int], Final[str])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(str, 5), TYPE_CHECKING)
try:
    Union[int]()
except TypeError as e:
    print("TypeError", e)
try:
    List[int]()
except TypeError as e:
    print("TypeError", e)
print(typing.get_overloads(double).__class__.__name__ if hasattr(typing, "get_overloads") else "-")
print(len(typing.get_overloads(double)))

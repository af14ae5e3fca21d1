# typing at runtime: get_type_hints with include_extras, Protocol runtime_checkable, TypedDict totality, Generic reprs, ParamSpec, overload, get_origin/get_args
from typing import (Protocol, runtime_checkable, TypedDict, Generic, TypeVar, ParamSpec, Callable,
                    overload, get_type_hints, get_origin, get_args, Annotated, Optional, Union, Literal,
                    NotRequired, Required, Concatenate, ClassVar, Final, NamedTuple, Any)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
P = ParamSpec("P")

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self): pass

print(isinstance(File(), Closable), isinstance(3, Closable))
try:
    class NotRC(Protocol):
        def f(self): ...
    isinstance(3, NotRC)
except TypeError as e:
    print(e)

class Movie(TypedDict, total=False):
    title: Required[str]
    year: int

class Movie2(Movie):
    rating: NotRequired[float]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), sorted(Movie2.__optional_keys__))
m = Movie(title="x")
print(m, type(m))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int], Box[int].__origin__, Box[list[str]], Box.__parameters__)
print(repr(Box[int](3).item))

def deco(f: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return [f(*args, **kwargs)]
    return inner
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(typing.get_overloads(f)))

class Conf:
    name: Annotated[str, "meta"]
    size: Optional[int] = None
    mode: Literal["r", "w"] = "r"
    count: ClassVar[int] = 0
    LIMIT: Final = 10
print(get_type_hints(Conf))
print(get_type_hints(Conf, include_extras=True)["name"])
for tp in (Optional[int], Union[int, str, None], list[int], dict[str, list[int]], Callable[[int, str], bool], Literal[1, 2], Annotated[int, 1, 2], int | None, tuple[int, ...]):
    print(tp, get_origin(tp), get_args(tp))

class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt._field_defaults, Pt.__annotations__)
print(K.__bound__, T.__constraints__, TypeVar("S", int, str).__constraints__)
print(typing.cast(int, "x"), typing.assert_type(3, int), typing.reveal_type.__name__)
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]])
try:
    Union[()]
except TypeError as e:
    print(e)
print(list[int] == list[int], list[int] is list[int], Any)

# typing at run time as a library author inspects it: reprs of generic aliases, unions and
# Optional, Annotated metadata, Literal deduplication, get_origin/get_args, get_type_hints
# with include_extras, ParamSpec and Concatenate, TypeVar reprs, Protocol runtime checks,
# TypedDict totality and NewType.
from typing import (Any, Annotated, Callable, ClassVar, Concatenate, Final, Generic, Literal,
                    NewType, Optional, ParamSpec, Protocol, TypedDict, TypeVar, Union,
                    get_args, get_origin, get_type_hints, runtime_checkable, overload)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, float)
P = ParamSpec("P")


class Box(Generic[T]):
    item: T
    count: ClassVar[int] = 0

    def __init__(self, item: T) -> None:
        self.item = item


class Pair(Box[T], Generic[T, K]):
    pass


print(T, K, V, P, P.args, P.kwargs, T.__bound__, K.__bound__, V.__constraints__)
print(Box[int], Pair[int, str], Box[Box[T]][float], Pair.__parameters__)
print(Optional[int], Union[int, str, None], Union[int], Union[int, int], int | None)
print(Literal[1, 2, 1], Literal["a"] == Literal["a"], get_args(Literal[1, 2, 1]))
print(Callable[[int, str], bool], Callable[..., T], Callable[P, int], Callable[Concatenate[int, P], T])
print(Annotated[int, "meta", 3], get_args(Annotated[int, "m"]), get_origin(Annotated[int, "m"]))
print(get_origin(list[int]), get_origin(typing.List[int]), get_origin(Union[int, str]), get_origin(int))
print(get_args(dict[str, list[int]]), get_args(Callable[[int], str]), get_args(int | str))
print(typing.List[int], typing.Dict[str, int], typing.Tuple[int, ...], typing.Tuple[()])
print(list[int] == typing.List[int], list[int], tuple[int, ...], type[int])


def f(a: Annotated[int, "x"], b: "Optional[str]" = None, *args: int, **kw: Final[int]) -> list[T]:
    return []


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["a"])
print(get_type_hints(Box))


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closeable), isinstance(3, Closeable), issubclass(File, Closeable))


class NotRuntime(Protocol):
    x: int


try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)


class Movie(TypedDict, total=False):
    title: str
    year: int


class Film(Movie):
    director: str


print(Movie.__required_keys__, Movie.__optional_keys__, sorted(Film.__required_keys__), Film.__total__)
print(Movie(title="x"), type(Movie(title="x")))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)


@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), len(typing.get_overloads(g)))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
print(repr(Any), Box[int]().__class__ if False else Box[int](3).__orig_class__)

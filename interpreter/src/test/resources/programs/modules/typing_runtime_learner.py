# Learner: typing at run time: annotations, get_type_hints, TypedDict, Protocol, NewType, Generic.
from typing import (List, Dict, Optional, Union, Callable, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, NewType, Any, Literal, Final, get_type_hints, get_origin, get_args, runtime_checkable)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__)
def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> str:
    return name * times
print(greet.__annotations__)
print(get_type_hints(greet))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point.__annotations__, Point._field_defaults)
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable))
for tp in [List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str], Literal["a", 1], int | None, list[int]]:
    print(tp, get_origin(tp), get_args(tp))
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]], int | str == Union[int, str])
MAX: Final = 10
class Config:
    debug: bool
    level: int = 3
print(Config.__annotations__, get_type_hints(Config), hasattr(Config, "debug"))
def first(xs: "List[T]") -> "T":
    return xs[0]
print(get_type_hints(first), Any, repr(T), T.__name__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

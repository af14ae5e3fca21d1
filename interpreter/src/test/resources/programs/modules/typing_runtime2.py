# typing at runtime: get_type_hints, TypedDict, Protocol with runtime_checkable, NamedTuple, Generic.
from typing import (Any, Callable, Generic, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union,
                    get_args, get_origin, get_type_hints, runtime_checkable, Literal, Final, overload, cast)

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__, s.__orig_class__)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Up"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__, get_type_hints(Movie))

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def promote(self):
        return self._replace(level=self.level + 1)

e = Employee("ann")
print(e, e.promote(), Employee.__annotations__, Employee._field_defaults, isinstance(e, tuple))

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass
class Nope:
    pass
print(isinstance(File(), Closeable), isinstance(Nope(), Closeable), isinstance(open, Closeable))
try:
    class P(Protocol):
        def f(self): ...
    isinstance(1, P)
except TypeError as e:
    print("TypeError:", e)

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> list[str]:
    return [name] * times
print(get_type_hints(greet))
print(greet.__annotations__)
for tp in [Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int, str], bool], Literal["a", 1], int | None, tuple[int, ...]]:
    print(tp, get_origin(tp), get_args(tp))
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]], cast(int, "x"), Any)
print(repr(T), T.__name__, K.__bound__, TypeVar("N", int, str).__constraints__)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
class Node:
    next: "Node"
    val: Final[int] = 3
print(get_type_hints(Node))

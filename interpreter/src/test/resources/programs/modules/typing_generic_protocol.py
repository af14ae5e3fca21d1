# typing at run time as programs use it: user generic classes (their type variables, C[int] aliases, substitution,
# __orig_class__, the errors), protocols with @runtime_checkable (methods and annotated attributes), the
# Supports* protocols, TypedDict's required and optional keys over inheritance and total=False.
from typing import *
import typing
T = TypeVar("T"); U = TypeVar("U"); KT = TypeVar("KT"); VT = TypeVar("VT")
class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U): self.a, self.b = a, b
    def __repr__(self): return f"Pair({self.a!r}, {self.b!r})"
p = Pair[int, str](1, "x"); print(p, p.__orig_class__, Pair.__parameters__, Pair[int, str], Pair.__mro__)
class IntPair(Pair[int, int]): pass
print(IntPair.__parameters__, IntPair.__orig_bases__, IntPair.__bases__, IntPair(1, 2))
class Box(Generic[T]):
    pass
class Wrapper(Box[List[T]]): pass
print(Wrapper.__parameters__, Wrapper[int], Dict[str, T][int], List[Tuple[T, U]][int, str])
try: Pair[int]
except TypeError as e: print(e)
try: Box[int][str]
except TypeError as e: print(e)
try:
    class Bad(Generic): pass
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic[T, T]
except TypeError as e: print(e)
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Sq:
    def draw(self): return "sq"
class No: pass
print(isinstance(Sq(), Drawable), isinstance(No(), Drawable), issubclass(Sq, Drawable), issubclass(No, Drawable))
class Shape(Protocol):
    def area(self) -> float: ...
try: isinstance(Sq(), Shape)
except TypeError as e: print(e)
try: Shape()
except TypeError as e: print(e)
class Impl(Shape):
    def area(self): return 1.0
print(Impl().area(), isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.0, SupportsIndex), isinstance(3, SupportsAbs))
class Named(Protocol):
    name: str
@runtime_checkable
class HasName(Protocol):
    name: str
class Person:
    def __init__(self): self.name = "x"
print(isinstance(Person(), HasName), isinstance(No(), HasName))
class Point(TypedDict):
    x: int
    y: int
class Point3(Point, total=False):
    z: int
print(Point3.__required_keys__ == {"x", "y"}, Point3.__optional_keys__, Point3(x=1, y=2), type(Point3(x=1, y=2)))
Alt = TypedDict("Alt", {"a": int, "b": str}); print(Alt.__annotations__, Alt.__required_keys__ == {"a", "b"}, Alt(a=1))
try: isinstance({}, Point)
except TypeError as e: print(e)
print(Optional[List[T]][int], Callable[[T], U][int, str], Union[T, int][str])
def first(xs: Sequence[T]) -> T: return xs[0]
print(first([1]), get_type_hints(first), typing.get_origin(Pair[int, str]), typing.get_args(Pair[int, str]))
print(Protocol.__module__, Generic.__module__, Drawable.__mro__[1:], type(Drawable).__name__)

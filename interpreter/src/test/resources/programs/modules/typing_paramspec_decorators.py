# typing after 'from typing import *' (CPython 3.11's __all__): ParamSpec decorators and get_type_hints of
# P.args/P.kwargs, Annotated and Union substitution, Generic subclasses re-listing their variables and
# the error when they do not, Protocol[T], Concatenate with an ellipsis, get_origin/get_args of the
# special aliases and of Callable forms, hashing and equality of substituted Callables.
from typing import *
import typing
P = ParamSpec("P"); T = TypeVar("T"); S = TypeVar("S"); Ts = TypeVarTuple("Ts")
def deco(f: Callable[P, T]) -> Callable[P, list[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> list[T]:
        return [f(*args, **kwargs)]
    return inner
print(get_type_hints(deco), get_type_hints(deco(len)) if False else get_type_hints(deco.__code__ and deco))
def g(*args: P.args, **kwargs: P.kwargs): pass
print(get_type_hints(g), g.__annotations__)
print(Annotated[T, "m"][int], Annotated[List[T], "x"][str], get_args(Annotated[T, 1]), Literal[1, 2].__parameters__)
class Box(Generic[T]):
    pass
b = Box[int]()
print(b.__orig_class__, Box[int] is Box[int], Box[T][int], List[T][int], hash(Callable[P, T][[int], str]) == hash(Callable[[int], str]))
print(Callable[[int], str] == Callable[[int], str], Callable[P, T][[int], str] == Callable[[int], str], Callable[..., int].__args__)
class Proto(Protocol[T]):
    def m(self) -> T: ...
print(Proto[int], Proto.__parameters__, Generic[T, S].__parameters__, Tuple[T, ...][int], Type[T][int], Union[int, list[T]][str])
class C2(Box[T], Generic[T]): pass
print(C2.__parameters__, C2[int])
try:
    class C3(Box[T], Generic[S]): pass
except TypeError as e: print(e)
try:
    Union[T, int][Unpack[Ts]]
except TypeError as e: print(e)
print(TypeVar("X", bound=int)[0] if False else 0, repr(Concatenate[int, ...]), Callable[Concatenate[int, ...], T][str])
print(get_origin(Callable[[int], str]), get_origin(Tuple), get_args(Tuple[int, ...]), get_args(Callable[..., int]), get_args(Callable[[], int]))
print(Optional[List[T]][int], Dict[str, T].__parameters__, typing.Callable[[T], T].__parameters__, Callable[[int], T][str].__args__)

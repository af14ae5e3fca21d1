# Typing of a decorator library at run time: ParamSpec and Concatenate in Callable, TypeGuard,
# TypeVarTuple/Unpack, Generic classes with several parameters and their substitution reprs,
# get_overloads/clear_overloads, dataclass_transform, reveal_type and assert_type at run time,
# Never/assert_never, TypeAlias, get_type_hints with forward references, and the errors of bad
# subscriptions.
import sys
import io
import contextlib
from typing import (Callable, Concatenate, Generic, ParamSpec, TypeGuard, TypeVar, TypeVarTuple, Unpack, TypeAlias, Never,
                    get_args, get_origin, get_type_hints, overload, get_overloads, clear_overloads, dataclass_transform,
                    reveal_type, assert_type, Optional, Union, List, Dict, Tuple, Any, Protocol, ClassVar, Final)

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Ts = TypeVarTuple("Ts")
print(Callable[P, R], Callable[Concatenate[int, P], R], Callable[[int, str], bool], Callable[..., None])
print(get_args(Callable[Concatenate[int, P], R]), get_origin(Concatenate[int, P]) if False else Concatenate[int, P])
print(Callable[P, R][[int, str], bool], Callable[Concatenate[int, P], R][[str], float])
def is_str_list(v: list) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in v)
print(get_type_hints(is_str_list), is_str_list(["a"]), TypeGuard[int])
class Registry(Generic[K, V]):
    def __init__(self):
        self.items: dict = {}
class Named(Registry[str, V]):
    pass
print(Registry[int, str], Named[float], Named.__orig_bases__, Named.__parameters__, Registry.__parameters__, Registry[int, T][str])
print(Tuple[int, Unpack[Ts]], Ts, Unpack[Ts], tuple[int, *Ts] if sys.version_info >= (3, 11) else None)
class Array(Generic[Unpack[Ts]]):
    pass
print(Array[int, str], Array[()], Array.__parameters__)
try:
    Registry[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[T, T]
except TypeError as e:
    print("TypeError:", e)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Concatenate[int]
except TypeError as e:
    print("TypeError:", e)
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x
print(len(get_overloads(parse)), [get_type_hints(f)["x"] for f in get_overloads(parse)])
clear_overloads()
print(get_overloads(parse))
@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls
@model
class User:
    name: str
print(User.__dataclass_transform__ if hasattr(User, "__dataclass_transform__") else model.__dataclass_transform__)
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    r = reveal_type([1, 2])
print(r, repr(buf.getvalue()), assert_type(5, int), assert_type("x", float))
Vector: TypeAlias = "list[float]"
class Node:
    next: "Optional[Node]"
    children: "List[Node]"
    weight: ClassVar[int] = 1
    label: Final = "n"
print(get_type_hints(Node), Node.__annotations__)
def uses_alias(v: "Vector", n: "Never" = None) -> "Dict[str, Tuple[int, ...]]":
    pass
print(get_type_hints(uses_alias, globalns={**globals(), "Vector": list[float]}))
try:
    get_type_hints(lambda x: 0 if False else None) or print({})
except Exception as e:
    print(type(e).__name__)
def broken(a: "Undefined") -> None:
    pass
try:
    get_type_hints(broken)
except NameError as e:
    print("NameError:", e)
print(Union[int, "str"], Optional["Node"], List["int"], repr(T), repr(P.args), P.args.__origin__ is P, Callable[[T], T][int])
class SupportsClose(Protocol):
    def close(self) -> None: ...
try:
    SupportsClose()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(object(), SupportsClose)
except TypeError as e:
    print("TypeError:", e)

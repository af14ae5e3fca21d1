# PEP 612 and PEP 646 substitution in typing and in types.GenericAlias: ParamSpec parameter lists
# (a bare list when P is the only parameter, Concatenate's flattening, ellipsis), TypeVarTuple runs
# (Generic[*Ts] classes with parameters around the tuple, unpacked tuples, *tuple[int, ...]
# filling), the __parameters__ gathered through __typing_subst__, get_args/get_origin, starred
# aliases from iter(), a union with parameters subscripted, and the errors of bad substitutions.
from typing import (Callable, Concatenate, Generic, ParamSpec, TypeVar, TypeVarTuple, Unpack, Tuple, Union,
                    Optional, List, Dict, get_args, get_origin)
import collections.abc as cabc

P = ParamSpec("P")
P2 = ParamSpec("P2")
T = TypeVar("T")
S = TypeVar("S")
Ts = TypeVarTuple("Ts")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


class Z(Generic[P]):
    pass


class W(Generic[T, P]):
    pass


show("Z[int, str]", lambda: Z[int, str])
show("Z[[int, str]]", lambda: Z[[int, str]])
show("Z[...]", lambda: Z[...])
show("Z[P2]", lambda: Z[P2])
show("Z[Concatenate[int, P2]]", lambda: Z[Concatenate[int, P2]])
show("W[int, [str]]", lambda: W[int, [str]])
show("W[int, ...]", lambda: W[int, ...])
show("W[int, str]", lambda: W[int, str])
show("W.__parameters__", lambda: W.__parameters__)
show("Z[int, str].__args__", lambda: Z[int, str].__args__)
show("Callable[P, T].__parameters__", lambda: Callable[P, T].__parameters__)
show("Callable[P, T][[int], str]", lambda: Callable[P, T][[int], str])
show("Callable[P, T][..., str]", lambda: Callable[P, T][..., str])
show("Callable[P, T][P2, str]", lambda: Callable[P, T][P2, str])
show("Callable[Concatenate[int, P], T][P2, str]", lambda: Callable[Concatenate[int, P], T][P2, str])
show("Callable[Concatenate[int, P], T][Concatenate[str, P2], bool]",
     lambda: Callable[Concatenate[int, P], T][Concatenate[str, P2], bool])
show("Callable[Concatenate[int, P], T][..., bool]", lambda: Callable[Concatenate[int, P], T][..., bool])
show("Callable[P, T][int, str]", lambda: Callable[P, T][int, str])
show("Callable[[T], S][int, str]", lambda: Callable[[T], S][int, str])
show("get_args(Callable[P, T][[int], str])", lambda: get_args(Callable[P, T][[int], str]))
show("get_args(Callable[Concatenate[int, P], T])", lambda: get_args(Callable[Concatenate[int, P], T]))
show("get_origin(Concatenate[int, P])", lambda: get_origin(Concatenate[int, P]))
show("get_origin(P.args)", lambda: get_origin(P.args))
show("get_origin(P.kwargs)", lambda: get_origin(P.kwargs))
show("get_origin(List)", lambda: get_origin(List))
show("get_args(List)", lambda: get_args(List))
show("cabc.Callable[P, T][[int, str], bool]", lambda: cabc.Callable[P, T][[int, str], bool])
show("cabc.Callable[[T], S][int, bytes]", lambda: cabc.Callable[[T], S][int, bytes])


class Array(Generic[*Ts]):
    pass


class Shape(Generic[T, *Ts, S]):
    pass


show("Array[int]", lambda: Array[int])
show("Array[*tuple[int, str]]", lambda: Array[*tuple[int, str]])
show("Array[*tuple[int, ...]]", lambda: Array[*tuple[int, ...]])
show("Array[*Ts]", lambda: Array[*Ts])
show("Array[int, *Ts].__parameters__", lambda: Array[int, *Ts].__parameters__)
show("Array[int, *Ts][str, bytes]", lambda: Array[int, *Ts][str, bytes])
show("Shape[int, str]", lambda: Shape[int, str])
show("Shape[int, str, bytes, float]", lambda: Shape[int, str, bytes, float])
show("Shape[int]", lambda: Shape[int])
show("Shape[*tuple[int, ...]]", lambda: Shape[*tuple[int, ...]])
show("Shape[int, *tuple[str, ...], bool]", lambda: Shape[int, *tuple[str, ...], bool])
show("Shape.__parameters__", lambda: Shape.__parameters__)
show("Tuple[*Ts][int, str]", lambda: Tuple[*Ts][int, str])
show("Tuple[T, *Ts][int]", lambda: Tuple[T, *Ts][int])
show("Tuple[T, *Ts][()]", lambda: Tuple[T, *Ts][()])
show("tuple[*Ts][int, str]", lambda: tuple[*Ts][int, str])
show("tuple[T, *Ts][int, str, bytes]", lambda: tuple[T, *Ts][int, str, bytes])
show("tuple[int, *Ts].__parameters__", lambda: tuple[int, *Ts].__parameters__)
show("Unpack[Tuple[int, str]]", lambda: Unpack[Tuple[int, str]])
show("Tuple[int, Unpack[Tuple[str, bytes]]]", lambda: Tuple[int, Unpack[Tuple[str, bytes]]])
show("Tuple[T][Unpack[Tuple[int]]]", lambda: Tuple[T][Unpack[Tuple[int]]])
show("Ts[int]", lambda: Tuple[Ts][int])
show("Generic[*Ts, *Ts]", lambda: Generic[*Ts, *Ts])
show("list[T][*Ts]", lambda: list[T][*Ts])
show("List[T][*tuple[int]]", lambda: List[T][*tuple[int]])

starred, = iter(tuple[int, str])
show("starred", lambda: starred)
show("starred.__unpacked__", lambda: (starred.__unpacked__, tuple[int].__unpacked__))
show("starred.__typing_unpacked_tuple_args__", lambda: starred.__typing_unpacked_tuple_args__)
show("list_starred.__typing_unpacked_tuple_args__", lambda: next(iter(list[int])).__typing_unpacked_tuple_args__)
show("tuple[int].__typing_unpacked_tuple_args__", lambda: tuple[int].__typing_unpacked_tuple_args__)
show("starred == tuple[int, str]", lambda: (starred == tuple[int, str], starred == next(iter(tuple[int, str]))))
show("*tuple[int, ...]", lambda: next(iter(tuple[int, ...])))
show("(list[T] | None)[int]", lambda: (list[T] | None)[int])
show("(list[T] | dict[str, S])[int, bytes]", lambda: (list[T] | dict[str, S])[int, bytes])
show("(list[T] | None).__parameters__", lambda: (list[T] | None).__parameters__)
show("(int | str)[int]", lambda: (int | str)[int])
show("dict[T, list[S]][str, int]", lambda: dict[T, list[S]][str, int])
show("dict[T, S][int]", lambda: dict[T, S][int])
show("list[int][int]", lambda: list[int][int])
show("Optional[T][int]", lambda: Optional[T][int])
show("Union[T, S][int, int]", lambda: Union[T, S][int, int])
show("Dict[T, List[S]][str, int]", lambda: Dict[T, List[S]][str, int])
show("Generic[T][int]", lambda: Generic[T][int])
show("Z[int].__origin__", lambda: Z[int].__origin__)

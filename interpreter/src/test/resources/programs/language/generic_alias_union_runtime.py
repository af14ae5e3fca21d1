# types.GenericAlias and types.UnionType at run time: reprs, type names, isinstance with unions, typing basics
import types, typing
from typing import List, Optional, Union, Dict
ga = list[int]
print(ga, repr(ga), type(ga), type(ga).__name__, type(ga).__module__)
print(ga.__origin__, ga.__args__, ga.__parameters__)
u = int | str
print(u, type(u), type(u).__name__, u.__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(isinstance(None, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
print(dict[str, list[int]])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(int | str == str | int, (int | str) | None)
print(Optional[int], Union[int, str], List[int], Dict[str, int])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(type(None) | int)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(tuple[int, ...], type[int])
print(list[int]([1, 2]))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__)
print(types.GenericAlias(list, (int,)))
print(isinstance(ga, types.GenericAlias), isinstance(u, types.UnionType))
def f(x: int, y: "str" = "a") -> list[int]: pass
print(f.__annotations__)
print(typing.get_type_hints(f))
T = typing.TypeVar('T')
print(T, list[T], list[T][int])

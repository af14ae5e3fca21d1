# types.GenericAlias and types.UnionType at run time: reprs (nested, callables, starred, None),
# attributes forwarded to the origin and the names kept, calls setting __orig_class__,
# __mro_entries__, equality and hashing, | with types and None, isinstance/issubclass refusals,
# __reduce__ and pickling, iteration giving the starred alias, copy, and the errors.
import types
import pickle
import copy
import collections
import collections.abc as cabc
from typing import TypeVar

T = TypeVar("T")
ga = list[int]
print(ga, dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[list[list[str]]], cabc.Callable[[int, str], bool])
print(cabc.Callable[..., int], collections.deque[int], collections.defaultdict[str, int], list["int"], list[T], dict[T, int][str])
print(type(ga) is types.GenericAlias, type(ga).__module__, type(ga).__name__, type(int | None) is types.UnionType)
print(ga.__origin__, ga.__args__, ga.__parameters__, dict[T, list[T]].__parameters__, ga.__unpacked__)
print(ga.append is list.append, ga.__name__, ga.__qualname__, ga.__module__, ga.__doc__ == list.__doc__)
print(ga.__class__, ga.__mro_entries__((ga,)), ga.__reduce__())
x = ga([1, 2])
print(x, type(x))


class Box:
    pass


b = types.GenericAlias(Box, int)()
print(type(b).__name__, b.__orig_class__)
s = set[int]()
print(s, hasattr(s, "__orig_class__"))


class MyList(list[int]):
    pass


print(MyList.__mro__, MyList.__orig_bases__, MyList.__bases__)
print(ga == list[int], ga == list[str], ga == list, hash(ga) == hash(list[int]), ga != list[int], {ga: 1}[list[int]])
print(types.GenericAlias(list, (int,)) == ga, types.GenericAlias(list, int) == ga, types.GenericAlias(dict, (str, int)))
for case in (lambda: isinstance([], ga), lambda: issubclass(list, ga), lambda: list[int][int], lambda: ga.__origin__.__class__,
             lambda: setattr(ga, "__origin__", dict), lambda: types.GenericAlias(list), lambda: dict[T, int][str, int],
             lambda: types.GenericAlias(list, int, str)):
    try:
        print("ok", case())
    except Exception as e:
        print(type(e).__name__, e)
u = int | None
print(u, int | str | None, list[int] | None, None | int, str | list[int], u.__args__, u.__parameters__, (list[T] | int).__parameters__)
print(u == (None | int), u == (int | None | int), (int | str) == (str | int), hash(int | str) == hash(str | int), int | int)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance("a", int | list))
for case in (lambda: isinstance([], list[int] | None), lambda: int | 3, lambda: (int | str)[int], lambda: types.UnionType()):
    try:
        print("ok", case())
    except Exception as e:
        print(type(e).__name__, e)
starred = list(tuple[int, str])
print(starred, starred[0].__unpacked__, starred[0] == tuple[int, str], starred[0].__origin__, list(list[int]))
print(pickle.loads(pickle.dumps(dict[str, list[int]])), pickle.loads(pickle.dumps(starred[0])), copy.copy(ga), copy.deepcopy(ga) == ga)
for case in (lambda: pickle.dumps(int | None), lambda: next(iter(list[int])).__reduce__()[0].__name__, lambda: type(iter(list[int])).__name__,
             lambda: [next(it) for it in [iter(dict[str, int])] for _ in range(2)]):
    try:
        print("ok", case())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in ("__origin__", "__args__", "__parameters__", "append", "__unpacked__") if n in dir(ga)))
print(repr(list[int, str]), list[[int, str]], dict[str, ...])

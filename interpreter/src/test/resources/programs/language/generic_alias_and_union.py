# list[int] and int | None at run time: types.GenericAlias (repr, __origin__, __args__,
# __parameters__, equality, calls, attribute forwarding, isinstance refusal) and types.UnionType
# (repr, __args__, flattening and deduplication, equality, isinstance/issubclass), with typing.
import collections
import types
import typing

aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], set[frozenset[bytes]], type[int],
           list[list[int]], dict[str, list[tuple[int, str]]], collections.deque[float],
           collections.defaultdict[str, int], collections.OrderedDict[str, int], list[None], list["X"],
           frozenset[int], tuple[int, str], list[typing.Any]]
for a in aliases:
    print(repr(a), type(a).__name__)
print(type(list[int]), types.GenericAlias is type(list[int]))
ga = dict[str, int]
print(ga.__origin__, ga.__args__, ga.__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(len({list[int], list[int], list[str]}))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1,)))
print(list[int].__name__, list[int].append is list.append, list[int].__mro__ == list.__mro__)
print(isinstance(list[int], type), isinstance(list[int], types.GenericAlias))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList([3]))
T = typing.TypeVar("T")
generic = dict[str, T]
print(generic, generic.__parameters__, generic[int])
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)

unions = [int | None, int | str, None | int, int | str | None, int | int, (int | str) | (str | bytes),
          list[int] | None, int | list[int] | list[int], dict[str, int] | list[int]]
for u in unions:
    print(repr(u), type(u).__name__)
u = int | str | None
print(u.__args__, type(u), types.UnionType is type(u))
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(2.0, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | list[int]))
for bad in (lambda: int | 1, lambda: 1 | int, lambda: int | "str"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(typing.get_origin(int | None), typing.get_args(int | None))
print(typing.Optional[int] == (int | None), typing.Union[int, str] == (str | int))


def annotated(x: list[int], y: int | None = None) -> dict[str, int]:
    return {}


print(annotated.__annotations__)

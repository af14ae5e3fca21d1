# collections.abc's generic ABCs subscripted as annotations in ordinary typed code: the aliases they
# make (repr, __origin__, __args__, get_origin/get_args), Callable's flattened argument list and its
# errors, the ABCs that take no parameters, and functions annotated with them called normally.
import collections.abc as cabc
import typing
from collections.abc import Sequence, Mapping, Iterable, Iterator, Callable, MutableMapping, Generator

def first(xs: Sequence[int]) -> int:
    return xs[0]

def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)

def totals(m: Mapping[str, Iterable[int]]) -> dict[str, int]:
    return {k: sum(v) for k, v in m.items()}

def count_up(n: int) -> Generator[int, None, str]:
    yield from range(n)
    return 'done'

print(first([7, 8]), apply(hex, 255), totals({'a': [1, 2], 'b': ()}), list(count_up(3)))
print(first.__annotations__)
print(apply.__annotations__['f'], totals.__annotations__['m'], count_up.__annotations__['return'])

for name in ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Iterable',
             'Iterator', 'Generator', 'Reversible', 'Container', 'Collection', 'Set', 'MutableSet',
             'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
             'Sequence', 'MutableSequence', 'ByteString', 'Hashable', 'Sized']:
    abc = getattr(cabc, name)
    try:
        alias = abc[int]
    except TypeError as e:
        print(name, 'TypeError', e)
    else:
        print(name, alias, alias.__origin__ is abc, alias.__args__, type(alias).__name__,
              typing.get_origin(alias) is abc, typing.get_args(alias))

print(MutableMapping[str, list[int]], Mapping[str, 'Forward'], Iterator[tuple[int, ...]])
print(Sequence[int] == Sequence[int], Sequence[int] == Sequence[str], hash(Iterable[int]) == hash(Iterable[int]))
print(isinstance([], Sequence), issubclass(dict, Mapping))
try:
    isinstance([], Sequence[int])
except TypeError as e:
    print('TypeError', e)

# Callable keeps the parameter types and the result in one tuple and prints them back as a list
for alias in (Callable[[int, str], bool], Callable[[], None], Callable[..., int], Callable[[list[int]], Callable[[int], int]]):
    print(alias, alias.__args__, typing.get_args(alias), typing.get_origin(alias) is Callable, type(alias).__name__)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
for bad in (int, (int,), (int, str, bool), (5, int)):
    try:
        Callable[bad]
    except TypeError as e:
        print('TypeError', e)

# a class of the program's own deriving from a subscripted ABC
class Stack(Sequence[int]):
    def __init__(self, *items):
        self._items = list(items)
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)

s = Stack(3, 1, 2)
print(list(s), len(s), s.index(1), 2 in s, list(reversed(s)), Stack.__mro__[1].__name__, Stack.__orig_bases__)

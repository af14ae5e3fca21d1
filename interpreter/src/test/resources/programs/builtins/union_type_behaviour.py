# types.UnionType (unionobject.c): flattening and deduplication, None as NoneType, equality and
# hash as sets, isinstance/issubclass through the members (abstract.c) and their errors for
# parameterized generics, | with what cannot be in a union, typing.Union interplay.
import typing
import types

print(int | str, int | None, None | int, int | str | int, (int | str) | (str | float))
print(list[int] | list[int], list[int] | list[str], int | list[int] | int, type(int | int))
print((int | str).__args__, (int | None).__args__, (None | list[int] | dict[str, int]).__args__)
print((int | str) == (str | int), (int | str) != (str | int), (int | str) == (int | float))
print((int | str) == typing.Union[int, str], typing.Union[int, str] == (int | str))
print(hash(int | str) == hash(str | int), hash(int | str) == hash(frozenset((int, str))))
print(len({int | str, str | int, int | None}))
try:
    (int | str) < (int | str)
except TypeError as e:
    print('TypeError', e)

for obj, cls in ((1, int | str), ('a', int | str), (None, int | None), (1.5, int | str),
                 (True, bool | None), ([], int | list)):
    print('isinstance', repr(obj), cls, isinstance(obj, cls))
for sub, cls in ((bool, int | str), (float, int | str), (type(None), int | None)):
    print('issubclass', sub.__name__, cls, issubclass(sub, cls))
print(isinstance(1, (str, int | float)), issubclass(bool, (str, int | float)))


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


show('isinstance param first', lambda: isinstance(1, int | list[int]))
show('isinstance param', lambda: isinstance('a', int | list[int]))
show('issubclass param', lambda: issubclass(str, int | list[int]))
show('issubclass param first', lambda: issubclass(int, int | list[int]))
show('isinstance alias', lambda: isinstance([], list[int]))
show('issubclass alias', lambda: issubclass(list, list[int]))
show('issubclass not class', lambda: issubclass(1, int | str))
show('instancecheck', lambda: list[int].__instancecheck__([]))
show('subclasscheck', lambda: list[int].__subclasscheck__(list))
show('or str', lambda: int | 'str')
show('or int', lambda: int | 3)
show('ror', lambda: 3 | int)
show('or alias int', lambda: list[int] | 3)
show('or typing', lambda: int | typing.List[int])
show('or typing rev', lambda: typing.List[int] | int)
show('or typevar', lambda: str | typing.TypeVar('T'))
show('optional isinstance', lambda: isinstance(3, typing.Optional[int]))
show('union isinstance', lambda: isinstance('x', typing.Union[int, bytes]))
show('get_args', lambda: typing.get_args(int | list[str]))
show('get_origin', lambda: typing.get_origin(int | str))
show('get_origin alias', lambda: typing.get_origin(list[int]))
show('get_args alias', lambda: typing.get_args(dict[str, list[int]]))
show('Union of union', lambda: typing.Union[int | str, None])
show('Optional of union', lambda: typing.Optional[int | str])
show('type', lambda: type(int | str) is types.UnionType)
show('attr', lambda: (int | str).__origin__)
show('setattr', lambda: setattr(int | str, '__args__', ()))
show('weakref', lambda: __import__('weakref').ref(int | str))


def annotated(x: int | None, y: list[int] | dict[str, int] = None) -> str | bytes:
    pass


print(typing.get_type_hints(annotated))

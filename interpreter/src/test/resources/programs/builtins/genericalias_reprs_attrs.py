# types.GenericAlias as genericaliasobject.c makes it: reprs of nested, empty, starred and
# module-qualified arguments (ga_repr_item), attribute delegation to the origin except
# attr_exceptions, dir(), read-only members, construction errors, and the namespaces of
# types.GenericAlias, types.UnionType and generic_alias_iterator.
import collections
import collections.abc
import types


class Local:
    class Inner:
        pass


def func():
    pass


for alias in (list[int], dict[str, list[int]], tuple[()], tuple[int, ...], list[Local],
              list[Local.Inner], dict[str, collections.OrderedDict[str, int]], list[func],
              list[print], list[None], list[1], list['X'], list[[int, str]], type[int],
              collections.abc.Iterable[int], list[...], list[list[list[int]]]):
    print(repr(alias))
print(repr(*tuple[int, str]), [*list[int]])
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)), types.GenericAlias(3, ()))

a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__, a.__unpacked__, a.__typing_unpacked_tuple_args__)
print(a.__class__, type(a) is types.GenericAlias, isinstance(a, types.GenericAlias), isinstance(a, type))
print(a.__name__, a.__qualname__, a.__module__, a.fromkeys.__name__, a.__doc__ == dict.__doc__)
print(a(x=1), a([('k', 2)]))
extra = [n for n in dir(a) if n not in dir(dict)]
print(extra)
for name in ('__copy__', '__deepcopy__', '__weakref__', 'nope', '__typing_is_unpacked_typevartuple__'):
    try:
        getattr(a, name)
    except AttributeError as e:
        print('AttributeError', e)
for name, value in (('__origin__', 1), ('__args__', ()), ('__unpacked__', True), ('__parameters__', ()), ('x', 1)):
    try:
        setattr(a, name, value)
    except AttributeError as e:
        print(name, 'AttributeError', e)
try:
    del a.__origin__
except AttributeError as e:
    print('del AttributeError', e)

for args, kwargs in (((), {}), ((list,), {}), ((list, int, str), {}), ((list, int), {'x': 1})):
    try:
        types.GenericAlias(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

print(sorted(types.GenericAlias.__dict__))
print(sorted(types.UnionType.__dict__))
print(sorted(type(iter(list[int])).__dict__), type(iter(list[int])).__name__)
print(types.GenericAlias.__doc__)
print(types.UnionType.__doc__)
print(types.GenericAlias.__parameters__.__doc__, types.UnionType.__parameters__.__doc__)
print(types.GenericAlias.__module__, types.UnionType.__module__, (int | str).__module__)
print(types.GenericAlias.__basicsize__, types.UnionType.__basicsize__, types.GenericAlias.__weakrefoffset__,
      types.UnionType.__weakrefoffset__)
try:
    types.UnionType()
except TypeError as e:
    print('TypeError', e)
try:
    class U(types.UnionType):
        pass
except TypeError as e:
    print('TypeError', e)


class MyAlias(types.GenericAlias):
    pass


m = MyAlias(list, int)
print(type(m).__name__, repr(m), m == list[int], m.__origin__, m[()] if False else '')
print(list[int].__mro_entries__((list[int],)))


class D(dict[str, int]):
    pass


print(D.__mro__, D.__orig_bases__)

# Pickling and copying types.GenericAlias (ga_reduce: type(self)(origin, args); a starred alias as
# next(iter(...))), its iterator's __reduce__, types.UnionType through copyreg's pickle_union,
# collections.abc.Callable aliases, and weak references to aliases.
import collections.abc
import copy
import pickle
import weakref

cases = [list[int], dict[str, list[int]], tuple[()], tuple[int, ...], next(iter(tuple[int, str])),
         int | None, list[int] | dict[str, int] | None, collections.abc.Callable[[int, str], bool],
         collections.abc.Callable[..., list[int]], collections.abc.Iterable[int]]
for c in cases:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(c, proto))
        if back != c or type(back) is not type(c):
            print('differs', proto, repr(c), repr(back))
    print(repr(c), type(c).__name__, repr(copy.copy(c)), repr(copy.deepcopy(c)), copy.copy(c) is c)

print(list[int].__reduce__())
print(dict[str, int].__reduce_ex__(2))
starred = next(iter(tuple[int]))
f, args = starred.__reduce__()
print(f, type(args[0]).__name__, repr(f(*args)))
it = iter(list[int])
print(it.__reduce__())
print(repr(next(it)), it.__reduce__())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(iter(dict[str, int])))
for call in (lambda: (int | str).__reduce_ex__(2), lambda: (int | str).__reduce__()):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(collections.abc.Callable[[int], str].__reduce__())

a = list[int]
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())

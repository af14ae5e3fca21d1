# The other built-in iterators pickle too: range's (also past a machine word), set's and dict's (a
# list of what is left, the iterator itself not moved), callable_iterator, enumerate, zip (strict
# kept by __setstate__), map, filter, reversed over a sequence and the plain sequence iterator; what
# __reduce__ gives, __setstate__'s clipping, and pickle and copy round trips at each protocol.
import copy
import pickle


def show(r):
    # the callable, then the arguments with iterators named by their type (never an address)
    f, *rest = r
    name = f.__name__ if hasattr(f, '__name__') else f
    def part(x):
        if isinstance(x, tuple):
            return tuple(part(y) for y in x)
        if hasattr(x, '__next__'):
            return '<' + type(x).__name__ + '>'
        return x
    return (name,) + tuple(part(x) for x in rest)


def roundtrip(make, label):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        first = next(it, None)
        again = pickle.loads(pickle.dumps(it, proto))
        rest = list(again)
        assert rest == list(it), (label, proto, rest)
    it = make()
    next(it, None)
    c = copy.copy(it)
    print(label, first, type(c).__name__, list(c), list(copy.deepcopy(it)), list(it))


it = iter(range(1, 10, 2))
next(it)
print(show(it.__reduce__()))
it.__setstate__(-5)
print(list(it))
it = iter(range(5))
it.__setstate__(99)
print(list(it), show(it.__reduce__()))
big = iter(range(2 ** 70, 2 ** 70 + 9, 3))
next(big)
print(show(big.__reduce__()))
big.__setstate__(10)
print(list(big))
big = iter(range(2 ** 70, 2 ** 70 + 9, 3))
big.__setstate__(-1)
print(list(big))

s = {1, 2, 3}
si = iter(s)
print(next(si), show(si.__reduce__()), list(si))
d = {'a': 1, 'b': 2, 'c': 3}
for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()),
             lambda: reversed(d), lambda: reversed(d.values()), lambda: reversed(d.items())):
    i = make()
    next(i)
    print(type(i).__name__, show(i.__reduce__()), list(i), show(i.__reduce__()))
si = iter(s)
s.add(4)
try:
    si.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)

calls = iter([1, 2, 3, 0, 5]).__next__
ci = iter(calls, 0)
f, (fn, sentinel) = ci.__reduce__()
print(next(ci), f.__name__, fn == calls, sentinel, list(ci), show(ci.__reduce__()))

e = enumerate('abc', 10)
next(e)
print(show(e.__reduce__()), list(e))
z = zip('ab', 'cd')
print(show(z.__reduce__()))
z.__setstate__(1)
print(show(z.__reduce__()))
try:
    list(zip('ab', 'c', strict=True))
except ValueError as x:
    print('ValueError', x)
z = zip('ab', 'c')
z.__setstate__(True)
try:
    list(z)
except ValueError as x:
    print('ValueError', x)
print(show(map(pow, [1, 2], [3, 4]).__reduce__()), show(filter(None, [0, 1]).__reduce__()))

r = reversed('abcd')
print(r.__length_hint__(), next(r), r.__length_hint__(), show(r.__reduce__()))
r.__setstate__(99)
print(r.__length_hint__(), list(r), show(r.__reduce__()), r.__length_hint__())
r = reversed('abcd')
r.__setstate__(-7)
print(list(r))


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)


class Sized(Seq):
    def __len__(self):
        return 4


si = iter(Sized())
next(si)
print(type(si).__name__, si.__length_hint__(), iter(Seq()).__length_hint__())
print(show(si.__reduce__())[0], show(si.__reduce__())[2])
si.__setstate__(-3)
print(list(si), show(si.__reduce__()), si.__length_hint__())

roundtrip(lambda: iter(range(3, 30, 4)), 'range')
roundtrip(lambda: iter(range(2 ** 65, 2 ** 65 + 4)), 'longrange')
roundtrip(lambda: iter({5, 6, 7}), 'set')
roundtrip(lambda: iter(d.items()), 'dict_items')
roundtrip(lambda: reversed(d), 'dict_reversed')
roundtrip(lambda: enumerate('xyz', 5), 'enumerate')
roundtrip(lambda: zip('abc', range(3)), 'zip')
roundtrip(lambda: map(abs, [-1, -2, 3]), 'map')
roundtrip(lambda: filter(None, [0, 1, 0, 2, 3]), 'filter')
roundtrip(lambda: reversed('hello'), 'reversed')
roundtrip(lambda: iter(Sized()), 'iterator')

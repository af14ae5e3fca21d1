# The iteration protocol's corners: iter(callable, sentinel), the old __getitem__ protocol (IndexError
# and StopIteration ending it, iter() of it being a plain iterator), __reversed__ = None blocking
# reversed(), __iter__ = None blocking iteration and `in` falling back, __contains__ falling back to
# iteration then __getitem__, __len__ contracts (negative, too big, non-int, __bool__ falling back
# to it), __length_hint__, and an exhausted iterator staying exhausted.
import operator

class OldSeq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
o = OldSeq(4)
print(list(o), 9 in o, 10 in o, type(iter(o)).__name__, list(reversed([*o])), sorted(o, reverse=True))
try:
    reversed(o)
except TypeError as e:
    print('TypeError', e)

class StopAtThree:
    def __getitem__(self, i):
        if i == 3: raise StopIteration
        return i
print(list(StopAtThree()), max(StopAtThree()))

vals = iter([1, 2, 0, 3])
print(list(iter(lambda: next(vals), 0)), list(vals))
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError', e)

class NoReverse(list):
    __reversed__ = None
try:
    reversed(NoReverse([1]))
except TypeError as e:
    print('TypeError', e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError', e)
try:
    1 in NoIter()
except TypeError as e:
    print('TypeError', e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError', e)

class OnlyIter:
    def __iter__(self):
        print('iterating')
        yield from [1, 2]
print(2 in OnlyIter(), 5 not in OnlyIter())

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (3, 0, -1, 2**63, 1.5, True):
    try:
        print(repr(n), len(L(n)), bool(L(n)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(n), type(e).__name__, e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class BoolNone:
    __bool__ = None
try:
    if BoolNone(): pass
except TypeError as e:
    print('TypeError', e)

class Hint:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return 7
print(operator.length_hint(Hint()), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9))
class BadHint:
    def __length_hint__(self): return -1
try:
    operator.length_hint(BadHint())
except ValueError as e:
    print('ValueError', e)
class NotImplHint:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(NotImplHint(), 4))

it = iter([1, 2])
print(list(it), list(it), next(it, 'done'))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
try:
    list(zip([1, 2], 'a', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
m = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m), list(enumerate('ab', start=-1)), list(filter(None, [0, '', 'x', [], [0]])))
e = enumerate([])
print(type(e).__name__, next(e, 'empty'))
class SelfIter:
    def __iter__(self): return 5
try:
    for _ in SelfIter(): pass
except TypeError as e:
    print('TypeError', e)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
cnt = iter(range(10)); print(list(iter(cnt.__next__, 4)), next(cnt))

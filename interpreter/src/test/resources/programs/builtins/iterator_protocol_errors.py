# what iter() and next() refuse, __iter__ returning a non-iterator, __next__ only, the old __getitem__ protocol
class NoIter:
    pass
class IterReturnsList:
    def __iter__(self):
        return [1, 2]
class OnlyNext:
    def __next__(self):
        return 1
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class IterNone:
    __iter__ = None
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
for obj in (NoIter(), IterReturnsList(), OnlyNext(), IterNone(), 5, None):
    try:
        iter(obj)
        print('iterable', type(obj).__name__)
    except TypeError as e:
        print('TypeError:', e)
    try:
        for _ in obj:
            break
    except TypeError as e:
        print('for TypeError:', e)
print(list(GetItem()), list(Countdown(3)), 20 in GetItem(), 5 in GetItem())
for obj in ([1], 'ab', NoIter(), GetItem()):
    try:
        next(obj)
    except TypeError as e:
        print('TypeError:', e)
it = iter([1])
print(next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
sentinel_calls = iter([1, 2, 3, 4]).__next__
print(list(iter(sentinel_calls, 3)))
try:
    iter(5, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = NoIter()
except TypeError as e:
    print('TypeError:', e)
try:
    print(*NoIter())
except TypeError as e:
    print('TypeError:', e)
try:
    [x for x in 3]
except TypeError as e:
    print('TypeError:', e)
try:
    sum(NoIter())
except TypeError as e:
    print('TypeError:', e)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)

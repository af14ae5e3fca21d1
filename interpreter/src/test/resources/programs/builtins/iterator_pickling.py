# The sequences' iterators pickle as CPython's do: __reduce__ gives (iter, (seq,), index), or
# (iter, (empty,)) once exhausted; __setstate__ puts the index back, clamped to the sequence; pickle
# and copy rebuild an iterator that continues where the original was.
import copy
import pickle
for s in ([1, 2, 3], (1, 2, 3), 'abc', 'ab\u1234', b'abc', bytearray(b'abc')):
    it = iter(s)
    next(it)
    print(type(it).__name__, it.__reduce__())
    print('   ', list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(copy.deepcopy(it)), list(it))
    print('   ', it.__reduce__())
r = reversed([1, 2, 3])
next(r)
print(r.__reduce__(), list(pickle.loads(pickle.dumps(r))), list(r), r.__reduce__())
for n in (-5, 0, 2, 10):
    it = iter([1, 2, 3])
    it.__setstate__(n)
    r = reversed([1, 2, 3])
    r.__setstate__(n)
    print(n, list(it), list(r))
it = iter([1])
list(it)
print(it.__setstate__(0), list(it))
for call in (lambda: iter([1]).__setstate__('x'), lambda: iter(()).__setstate__(), lambda: iter('').__reduce__(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
l = [1, 2]
it = iter(l)
state = pickle.dumps(it)
l.append(3)
print(list(pickle.loads(state)), list(it))

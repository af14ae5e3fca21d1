"""Iterator building blocks: the functions and types of CPython's itertools module, as Python
classes (CPython's are C types; results, reprs of count/repeat and error messages are the same)."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class count:
    __pyheap_tp_name__ = 'itertools.count'

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle:
    __pyheap_tp_name__ = 'itertools.cycle'

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._first = True
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            try:
                v = next(self._it)
            except StopIteration:
                self._first = False
            else:
                self._saved.append(v)
                return v
        if not self._saved:
            raise StopIteration
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v


class repeat:
    __pyheap_tp_name__ = 'itertools.repeat'

    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class accumulate:
    __pyheap_tp_name__ = 'itertools.accumulate'

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._unset = object()
        self._total = self._unset
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total, self._initial = self._initial, None
            return self._total
        v = next(self._it)
        if self._total is self._unset:
            self._total = v
        elif self._func is None:
            self._total = self._total + v
        else:
            self._total = self._func(self._total, v)
        return self._total


class chain:
    __pyheap_tp_name__ = 'itertools.chain'

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        c = cls()
        c._sources = iter(iterable)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    __pyheap_tp_name__ = 'itertools.compress'

    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d, s = next(self._pairs)
            if s:
                return d


class dropwhile:
    __pyheap_tp_name__ = 'itertools.dropwhile'

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while self._dropping:
            v = next(self._it)
            if not self._pred(v):
                self._dropping = False
                return v
        return next(self._it)


class takewhile:
    __pyheap_tp_name__ = 'itertools.takewhile'

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._done = True
        raise StopIteration


class filterfalse:
    __pyheap_tp_name__ = 'itertools.filterfalse'

    def __init__(self, function, iterable, /):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            v = next(self._it)
            if not self._pred(v):
                return v


class starmap:
    __pyheap_tp_name__ = 'itertools.starmap'

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class islice:
    __pyheap_tp_name__ = 'itertools.islice'

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        start, stop, step = (0, args[0], 1) if len(args) == 1 else (tuple(args) + (None,))[:3]
        start = 0 if start is None else start
        step = 1 if step is None else step
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if not isinstance(start, int) or start < 0 or not isinstance(step, int) or step < 0:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # consume up to stop, as CPython does, then finish
            while self._i < self._stop:
                self._i += 1
                try:
                    next(self._it)
                except StopIteration:
                    break
            self._it = None
            raise StopIteration
        while self._i < self._next:
            self._i += 1
            try:
                next(self._it)
            except StopIteration:
                self._it = None
                raise
        try:
            v = next(self._it)
        except StopIteration:
            self._it = None
            raise
        self._i += 1
        self._next += self._step
        return v


class pairwise:
    __pyheap_tp_name__ = 'itertools.pairwise'

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = self._unset = object()

    def __iter__(self):
        return self

    def __next__(self):
        if self._old is self._unset:
            self._old = next(self._it)
        new = next(self._it)
        pair = (self._old, new)
        self._old = new
        return pair


class zip_longest:
    __pyheap_tp_name__ = 'itertools.zip_longest'

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(i) for i in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class _grouper:
    __pyheap_tp_name__ = 'itertools._grouper'

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._current is not self:
            raise StopIteration
        if p._pending is p._marker:
            p._fetch()
        if p._pending is p._marker or p._tgtkey != self._key:
            raise StopIteration
        v = p._pending
        p._pending = p._marker
        return v


class groupby:
    __pyheap_tp_name__ = 'itertools.groupby'

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = object()
        self._pending = self._marker
        self._tgtkey = self._marker
        self._current = None
        self._exhausted = False

    def _fetch(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._pending = self._marker
            return
        self._pending = v
        self._tgtkey = v if self._keyfunc is None else self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        prev = self._current._key if self._current is not None else self._marker
        while True:
            if self._pending is self._marker:
                if self._exhausted:
                    raise StopIteration
                self._fetch()
                if self._pending is self._marker:
                    raise StopIteration
            if prev is self._marker or self._tgtkey != prev:
                break
            self._pending = self._marker
        self._current = _grouper(self, self._tgtkey)
        return (self._tgtkey, self._current)


class _tee:
    __pyheap_tp_name__ = 'itertools._tee'

    def __init__(self, it, buffers, me):
        self._it = it
        self._buffers = buffers
        self._me = me

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffers[self._me]
        if not buf:
            v = next(self._it)
            for b in self._buffers:
                b.append(v)
        return buf.pop(0)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, i) for i in range(n))


class _GeneratorIterator:
    """An iterator whose items come from a generator made by the subclass's _run."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_GeneratorIterator):
    __pyheap_tp_name__ = 'itertools.product'

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for r in result:
            yield r


class permutations(_GeneratorIterator):
    __pyheap_tp_name__ = 'itertools.permutations'

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GeneratorIterator):
    __pyheap_tp_name__ = 'itertools.combinations'

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, len(pool), r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GeneratorIterator):
    __pyheap_tp_name__ = 'itertools.combinations_with_replacement'

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, len(pool), r)

    @staticmethod
    def _run(pool, n, r):
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


# Frames that CPython runs in C leave no traceback entry: itertools is written in C in CPython.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c

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


def _ssize(value):
    """PyNumber_AsSsize_t(value, OverflowError) for islice: the index, or None when it fails."""
    try:
        value = type(value).__index__(value) if not isinstance(value, int) else int(value)
    except Exception:  # islice_new clears whatever the conversion raised
        return None
    if not -9223372036854775808 <= value <= 9223372036854775807:
        return None
    return value


class islice:
    __pyheap_tp_name__ = 'itertools.islice'

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        start, stop, step = (None, args[0], None) if len(args) == 1 else (tuple(args) + (None,))[:3]
        # islice_new: each part through PyNumber_AsSsize_t (so __index__), a failure read as -1
        if stop is not None:
            stop = _ssize(stop)
            if stop is None or stop == -1:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        else:
            start = _ssize(start)
            if start is None or start == -1:
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            step = _ssize(step)
            if step is None:
                step = -1
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step < 1:
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


_NOTHING = object()


class _grouper:
    __pyheap_tp_name__ = 'itertools._grouper'

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._serial = parent._serial

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        # the parent names its current group by a serial number, never by a reference: a strong
        # one would make every group and its parent a cycle (CPython's is borrowed)
        if p._serial != self._serial:
            raise StopIteration
        if p._currvalue is _NOTHING:
            p._step()
        if not _same(self._tgtkey, p._currkey):
            raise StopIteration
        v = p._currvalue
        p._currvalue = _NOTHING
        p._currkey = _NOTHING
        return v


def _same(a, b):
    # PyObject_RichCompareBool(a, b, Py_EQ): identity first, then a's __eq__
    return a is b or bool(a == b)


class groupby:
    """Keeps the current value and its key, the key of the group handed out last, and which group
    that is; a value is released as soon as a group or the next step has read past it."""
    __pyheap_tp_name__ = 'itertools.groupby'

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOTHING
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._serial = 0

    def _step(self):
        newvalue = next(self._it)
        newkey = newvalue if self._keyfunc is None else self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __iter__(self):
        return self

    def __next__(self):
        self._serial += 1  # no group is current while stepping to the next one
        while True:
            if self._currkey is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING or not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


_LINKCELLS = 57


class _tee_dataobject:
    """One link of the values a group of tee iterators shares: up to 57 values read from the
    source, then the next link. A link lives while a tee iterator still stands in it, so the
    values of a whole link are released together once the slowest iterator has left it."""
    __pyheap_tp_name__ = 'itertools._tee_dataobject'

    def __init__(self, it):
        self._it = it
        self._values = []
        self._nextlink = None
        self._running = False

    def _getitem(self, i):
        values = self._values
        if i < len(values):
            return values[i]
        if self._running:
            raise RuntimeError('cannot re-enter the tee iterator')
        self._running = True
        try:
            value = next(self._it)
        finally:
            self._running = False
        values.append(value)
        return value

    def _jumplink(self):
        if self._nextlink is None:
            self._nextlink = _tee_dataobject(self._it)
        return self._nextlink


class _tee:
    __pyheap_tp_name__ = 'itertools._tee'

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if type(it) is _tee:
            return it.__copy__()
        return _tee._at(_tee_dataobject(it), 0)

    @staticmethod
    def _at(tdata, index):
        to = object.__new__(_tee)
        to._tdata = tdata
        to._index = index
        return to

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._tdata = self._tdata._jumplink()
            self._index = 0
        value = self._tdata._getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        return _tee._at(self._tdata, self._index)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    first = it if copy is not None else _tee(it)
    if copy is None:
        copy = first.__copy__
    return (first,) + tuple(copy() for _ in range(n - 1))


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

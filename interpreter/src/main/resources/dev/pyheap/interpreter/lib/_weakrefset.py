"""WeakSet, and the iteration guard that every weak container of the library uses.

A weak container stores weak references in a plain container (`data`): a set of refs here,
dicts keyed or valued by refs in weakref. Each ref carries the container's `_remove`
callback, which drops the dead ref from `data`. Dropping it while some loop walks `data`
would break that loop ("changed size during iteration"), so the container counts its
running iterations in `_iterating` (the guards of the live iterators) and, while any runs,
the callback only queues the ref in `_pending_removals`; the last iterator to finish, or the
next mutating call, commits the queue. Sizes subtract the queue, so a dead item stops
counting at once.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _IterationGuard:
    """Marks a weak container as being walked for the span of a with block; leaving the
    last such block commits the removals queued meanwhile. The container is held weakly, so
    a suspended iterator does not keep it alive."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        owner = self.weakcontainer()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        owner = self.weakcontainer()
        if owner is None:
            return
        running = owner._iterating
        running.remove(self)
        if not running:
            owner._commit_removals()


def _flush(container):
    # mutating calls first apply the removals that deaths queued during an iteration
    if container._pending_removals:
        container._commit_removals()


class WeakSet:
    """A set whose items are held by weak reference: an item leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(item)
            else:
                owner.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        queued = self._pending_removals
        live = self.data
        while queued:
            live.discard(queued.pop())

    # ---- reading

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                item = wr()
                if item is not None:
                    # yielding a strong reference keeps the item alive while the caller
                    # looks at it
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    __class_getitem__ = classmethod(GenericAlias)

    # ---- single items

    def add(self, item):
        """Adds `item`, held weakly."""
        _flush(self)
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        """Takes `item` out if it is in."""
        _flush(self)
        self.data.discard(ref(item))

    def remove(self, item):
        """Takes `item` out; KeyError if it is not in."""
        _flush(self)
        self.data.remove(ref(item))

    def pop(self):
        """Takes out and gives some live item; KeyError when none is left."""
        _flush(self)
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        """Takes every item out."""
        _flush(self)
        self.data.clear()

    def copy(self):
        """A new set of the same class with the same live items."""
        return self.__class__(self)

    # ---- in-place set algebra (the operand may be any iterable)

    def update(self, other):
        """Adds every item of `other`."""
        _flush(self)
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        _flush(self)
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def __iand__(self, other):
        _flush(self)
        self.data.intersection_update(ref(item) for item in other)
        return self

    def __ixor__(self, other):
        _flush(self)
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    # ---- set algebra giving new sets

    def union(self, other):
        return self.__class__(item for part in (self, other) for item in part)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __and__ = intersection
    __sub__ = difference
    __xor__ = symmetric_difference

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    # ---- comparisons, on the refs (equal refs: the same live item)

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

"""Heap queue (priority queue) algorithms on plain lists: heap[k] <= heap[2*k+1] and heap[2*k+2]."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


from _heapq import *
from _heapq import _heappop_max, _heapify_max, _heapreplace_max


def merge(*iterables, key=None, reverse=False):
    """A lazy merge of sorted inputs into one sorted iterator: a heap holds each input's next item
    as [item's key, input's rank, item, input's next]; the rank breaks ties in the inputs' order
    (negated when reverse, so the max-heap keeps that order too)."""
    heap = []
    direction = -1 if reverse else 1
    heapify_, replace_, pop_ = ((_heapify_max, _heapreplace_max, _heappop_max) if reverse
                                else (heapify, heapreplace, heappop))
    for rank, iterator in enumerate(map(iter, iterables)):
        try:
            value = next(iterator)
        except StopIteration:
            continue
        if key is None:
            heap.append([value, rank * direction, iterator])
        else:
            heap.append([key(value), rank * direction, value, iterator])
    heapify_(heap)
    item = 0 if key is None else 2
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[item]
                value = next(entry[-1])
                if key is None:
                    entry[0] = value
                else:
                    entry[0] = key(value)
                    entry[2] = value
                replace_(heap, entry)
        except StopIteration:
            pop_(heap)
    if heap:
        entry = heap[0]
        yield entry[item]
        yield from entry[-1]


def _select(n, iterable, key, largest):
    # The n smallest (or largest) items, in order, ties in the order met, with CPython's answers to
    # odd values of n: n == 1 is min()/max(), an n at least the iterable's length sorts it all
    # (any n that slices); otherwise the first n items (range(n) decides what n may be) go into a
    # heap whose top is the worst kept so far, each later item replaces it only when strictly
    # better, and the kept ones are sorted at the end: the same comparisons, key calls and result
    # lists as CPython's.
    if n == 1:
        absent = object()
        found = (max if largest else min)(iter(iterable), default=absent, key=key)
        return [] if found is absent else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    source = iter(iterable)
    # a rank after each value makes ties keep the order met (counting down when the largest win)
    ranks = range(0, -n, -1) if largest else range(n)
    if key is None:
        kept = [(value, rank) for rank, value in zip(ranks, source)]
    else:
        kept = [(key(value), rank, value) for rank, value in zip(ranks, source)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        replace, step, rank = heapreplace, -1, -n
    else:
        _heapify_max(kept)
        replace, step, rank = _heapreplace_max, 1, n
    worst = kept[0][0]
    for value in source:
        k = value if key is None else key(value)
        if (worst < k) if largest else (k < worst):
            replace(kept, (k, rank) if key is None else (k, rank, value))
            worst = kept[0][0]
            rank += step
    kept.sort(reverse=largest)
    return [entry[-1] for entry in kept] if key is not None else [entry[0] for entry in kept]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)

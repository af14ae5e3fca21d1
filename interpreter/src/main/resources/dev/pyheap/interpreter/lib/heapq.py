"""Heap queue (priority queue) algorithms on plain lists: heap[k] <= heap[2*k+1] and heap[2*k+2]."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def heappush(heap, item, /):
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return top
    return last


def heapreplace(heap, item, /):
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item, /):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    _check(x)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos, largest=False):
    # largest: the max-heap of merge(reverse=True), whose tests swap the operands of <
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if (parent < newitem) if largest else (newitem < parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos, largest=False):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not ((heap[rightpos] < heap[childpos]) if largest
                                      else (heap[childpos] < heap[rightpos])):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, largest)


def _heapify_max(x, /):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i, True)


def _heapreplace_max(heap, item, /):
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0, True)
    return top


def merge(*iterables, key=None, reverse=False):
    """A lazy merge of sorted inputs into one sorted iterator: a heap holds each input's next item
    as [item's key, input's rank, item, input's next]; the rank breaks ties in the inputs' order
    (negated when reverse, so the max-heap keeps that order too)."""
    heap = []
    direction = -1 if reverse else 1
    heapify_, replace_ = (_heapify_max, _heapreplace_max) if reverse else (heapify, heapreplace)
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
            _pop(heap, reverse)
    if heap:
        entry = heap[0]
        yield entry[item]
        yield from entry[-1]


def _pop(heap, reverse):
    # the exhausted input's entry leaves the heap's top (heappop's move of the last entry up)
    last = heap.pop()
    heap[0] = last
    _siftup(heap, 0, reverse)


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


# Frames that CPython runs in C leave no traceback entry: _heapq's functions are C in CPython; merge, nsmallest and nlargest are Python there too.
import _pyheap_c
_pyheap_c.stands_for_c(heappush, heappop, heapreplace, heappushpop, heapify, _check, _siftdown, _siftup,
                       _heapify_max, _heapreplace_max, _pop, module='_heapq')
del _pyheap_c

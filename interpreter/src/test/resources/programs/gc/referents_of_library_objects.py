# gc.get_referents of the library's C objects, in their tp_traverse order: the types 3.11 made
# heap types (partial, the lru_cache wrapper, attrgetter, itemgetter, methodcaller) visit their
# type too, in the place their traverse puts it; partial (function, args, keywords, __dict__ once
# made), deque (items left to right), cycle (source iterator, saved list), chain (source, then
# the active iterator once started), tee (its shared data object, not the items), islice,
# accumulate (function, iterator, total, initial), repeat, count, zip_longest (iterators tuple,
# result tuple, fillvalue), methodcaller (name, args, kwargs), attrgetter and itemgetter.
import collections
import functools
import gc
import itertools
import operator


def show(label, obj):
    parts = []
    for r in gc.get_referents(obj):
        if isinstance(r, (int, str)) and not isinstance(r, bool):
            parts.append(repr(r))
        else:
            parts.append(type(r).__name__)
    print(f"{label:22}", parts)


def f(x, y=0):
    return x


p = functools.partial(f, 1, y=2)
show("partial", p)
p.note = "n"
show("partial with __dict__", p)
show("deque", collections.deque([1, "a", [], None]))
c = itertools.cycle([1, 2])
show("cycle, unstarted", c)
next(c)
show("cycle, started", c)
ch = itertools.chain([1], (2,))
show("chain, unstarted", ch)
next(ch)
show("chain, started", ch)
a, b = itertools.tee([10, 20])
show("tee", a)
show("islice", itertools.islice([1, 2, 3], 1, None))
acc = itertools.accumulate([5, 6], operator.add)
next(acc)
show("accumulate", acc)
show("repeat", itertools.repeat("r", 2))
show("count(step)", itertools.count(5, 3))
show("zip_longest", itertools.zip_longest([1], [2], fillvalue="f"))
show("methodcaller", operator.methodcaller("m", 1, k=2))
show("attrgetter", operator.attrgetter("x"))
show("itemgetter", operator.itemgetter(3))
show("lru_cache wrapper", functools.lru_cache(f))

# collectors: generational marksweep
# Cycles through the library's containers written in C in CPython: functools.partial (its
# function, args, keywords and __dict__), lru_cache's wrapper (the cache holding a result that
# refers back to the wrapper), collections.deque (a deque inside itself, a bounded one),
# operator.methodcaller's arguments, and what each collection returns.
import collections
import functools
import gc
import operator


def collected(build):
    gc.collect()
    build()
    return gc.collect()


def partial_args():
    box = []
    box.append(functools.partial(print, box))


def partial_keywords():
    box = []
    box.append(functools.partial(print, sep=box))


def partial_dict():
    p = functools.partial(print)
    p.me = p


def partial_func():
    class C:
        def __call__(self):
            pass
    c = C()
    c.p = functools.partial(c)


def lru_result_refers_back():
    @functools.lru_cache
    def f(x):
        return [f]
    f(1)


def lru_with_deleted_global():
    holder = {}

    @functools.lru_cache(maxsize=4)
    def g(x):
        return holder
    holder["g"] = g
    g(1)
    g(2)


def deque_self():
    d = collections.deque()
    d.append(d)


def deque_bounded_pair():
    a = collections.deque(maxlen=2)
    b = collections.deque([a], maxlen=1)
    a.append(b)
    a.append(1)


def deque_many_blocks():
    d = collections.deque(range(200))
    d.append(d)


def methodcaller_args():
    box = []
    box.append(operator.methodcaller("index", box))


for build in (partial_args, partial_keywords, partial_dict, partial_func, lru_result_refers_back,
              lru_with_deleted_global, deque_self, deque_bounded_pair, deque_many_blocks, methodcaller_args):
    print(f"{build.__name__:24}", collected(build))

print("tracked:", gc.is_tracked(functools.partial(print)), gc.is_tracked(collections.deque()),
      gc.is_tracked(operator.attrgetter("x")), gc.is_tracked(operator.methodcaller("x")))

# collectors: generational marksweep
# Cycles that pass through itertools objects, each collected by gc.collect() with its exact count:
# the iterator holds a list that holds the iterator back (cycle's saved list, chain's source,
# repeat's object, islice's iterator, accumulate's total, tee's shared buffer, groupby's key
# function, zip_longest's fillvalue, product's pools: copied, so no cycle; count's step). Which objects are tracked.
import gc
import itertools


def collected(build):
    gc.collect()
    build()
    return gc.collect()


def cyc():
    box = []
    it = itertools.cycle(box)
    box.append(it)


def chain():
    box = []
    box.append(itertools.chain(box))


def repeat():
    box = []
    box.append(itertools.repeat(box))


def islice():
    box = []
    box.append(itertools.islice(iter(box), 2))


def accumulate():
    box = [None]
    acc = itertools.accumulate(box)
    next(acc)
    box[0] = acc


def tee():
    box = []
    a, b = itertools.tee([box, 1])
    next(a)
    box.append(b)


def groupby():
    class Key:
        def __call__(self, x):
            return x
    k = Key()
    k.g = itertools.groupby([1, 2], key=k)


def zip_longest():
    box = []
    box.append(itertools.zip_longest([1], [], fillvalue=box))


def product():
    box = []
    box.append(itertools.product(box, [1]))


def count():
    class Step(int):
        pass
    s = Step(1)
    s.c = itertools.count(0, s)


def starmap():
    box = []
    box.append(itertools.starmap(box.append, box))


for build in (cyc, chain, repeat, islice, accumulate, tee, groupby, zip_longest, product, count, starmap):
    print(f"{build.__name__:12}", collected(build))

print("tracked:", [gc.is_tracked(x) for x in (itertools.count(), itertools.repeat(1), itertools.cycle([]),
                                            itertools.chain(), itertools.tee([])[0], itertools.product())])

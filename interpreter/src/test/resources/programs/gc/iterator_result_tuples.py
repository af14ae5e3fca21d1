# zip() and enumerate() make one result tuple with themselves and hand the same tuple out again,
# refilled, whenever the loop let go of the previous one; a caller that keeps each item (list())
# makes them allocate a new tuple per item. The count of generation 0 shows it, so does id().
import gc

gc.collect()
count = gc.get_count
letters = ["a", "b", "c", "d"]


def measure(label, action):
    before = count()[0]
    action()
    print(label, count()[0] - before)


def loop_zip():
    for pair in zip(letters, letters):
        pass


def loop_enumerate():
    for pair in enumerate(letters):
        pass


def keep_zip():
    return list(zip(letters, letters))


def keep_enumerate():
    return list(enumerate(letters))


measure("nothing", lambda: None)
measure("zip object", lambda: zip(letters, letters))
measure("enumerate object", lambda: enumerate(letters))
measure("loop zip", loop_zip)
measure("loop enumerate", loop_enumerate)
measure("list(zip)", keep_zip)
measure("list(enumerate)", keep_enumerate)
measure("dict(zip)", lambda: dict(zip(letters, range(4))))
ids = {id(t) for t in enumerate(letters)}
print("ids while dropped", len(ids))
kept = list(enumerate(letters))
print("ids while kept", len({id(t) for t in kept}))
e = enumerate(letters)
first = next(e)
second = next(e)
print(first is second, first, second)
del first
third = next(e)
print(third, third is second)
z = zip("xy", "pq")
print(gc.get_referents(z)[1] == (None, None))
print(next(z), gc.get_referents(z)[1])

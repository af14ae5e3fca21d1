# When the library's iterators and containers give back the very objects they were given (no
# copies): repeat, cycle (also after its input is exhausted), tee's iterators, islice, chain,
# accumulate's first item, groupby's keys, zip_longest's fillvalue, deque and array copies (a
# deque copy shares items; an array stores values, so its items are new objects unless small
# ints), lru_cache results, partial's args, struct's unpack of small ints.
import array
import collections
import functools
import itertools
import struct

obj = object()
items = [object() for _ in range(3)]

print("repeat", all(x is obj for x in itertools.repeat(obj, 3)))
c = itertools.cycle(items)
first = [next(c) for _ in range(3)]
second = [next(c) for _ in range(3)]
print("cycle", all(a is b for a, b in zip(first, items)), all(a is b for a, b in zip(second, items)))
a, b = itertools.tee(items)
print("tee", all(x is y for x, y in zip(a, b)))
print("islice", next(itertools.islice(items, 1, None)) is items[1])
print("chain", list(itertools.chain(items, [obj]))[-1] is obj)
print("accumulate first", next(itertools.accumulate(items, lambda x, y: y)) is items[0])
keys = [k for k, _ in itertools.groupby(items)]
print("groupby keys", all(k is i for k, i in zip(keys, items)))
print("zip_longest fill", list(itertools.zip_longest([1, 2], [1], fillvalue=obj))[1][1] is obj)
print("compress", list(itertools.compress(items, [0, 1, 0]))[0] is items[1])
print("dropwhile", next(itertools.dropwhile(lambda x: x is not items[2], items)) is items[2])

d = collections.deque(items)
print("deque copy shares", all(x is y for x, y in zip(d.copy(), d)))
print("deque(deque)", collections.deque(d)[0] is items[0])
big = 10 ** 6
arr = array.array("q", [big, 5])
five = int("5")
print("array item is new", arr[0] is arr[0], "small int cached", arr[1] is arr[1], arr[1] is five)
print("array tolist", arr.tolist()[0] == big, arr.tolist()[0] is arr.tolist()[0])


@functools.lru_cache
def make(n):
    return [n]


print("lru_cache same result", make(1) is make(1), make(1) is not make(2))
p = functools.partial(print, obj)
print("partial args", p.args[0] is obj)
x, y = struct.unpack("<ii", struct.pack("<ii", 7, 100000))
y2 = struct.unpack("<ii", struct.pack("<ii", 7, 100000))[1]
print("unpack small int cached", x is int("7"), "large int new each time", y is y2, y == y2)
print("unpack one char bytes cached", struct.unpack("c", b"a")[0] is bytes([97]))

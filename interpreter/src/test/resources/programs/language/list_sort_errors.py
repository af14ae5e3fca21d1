# list.sort when comparisons raise, when the key function or __lt__ changes the list, and what a key
# function sees of the list being sorted
import sys

class Boom(Exception):
    pass

class K:
    calls = 0
    limit = -1
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.calls += 1
        if K.calls == K.limit:
            raise Boom(K.calls)
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

# an exception part way leaves every item, in the order the sort had reached
for limit in (1, 5, 40, 200, 700):
    for rev in (False, True):
        data = [K((i * 37) % 101) for i in range(150)]
        K.calls = 0
        K.limit = limit
        try:
            data.sort(reverse=rev)
        except Boom as e:
            print('raised at', e.args[0], 'reverse', rev, data[:12], len(data), sorted(k.v for k in data) == sorted((i * 37) % 101 for i in range(150)))

# the same through a key function
K.limit = -1
data = list(range(20, 0, -1))
calls = []
def key(x):
    calls.append(x)
    if x == 7:
        raise ValueError('no key for 7')
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print(e, calls[-1], data)

# the list is empty while the key function runs
seen = []
data = [3, 1, 2]
def peek(x):
    seen.append((len(data), list(data), sys.getsizeof(data)))
    return x
data.sort(key=peek)
print(seen, data)

# appending during the sort: the additions are dropped and ValueError says why
data = [5, 4, 3, 2, 1]
def grow(x):
    data.append(x)
    return x
try:
    data.sort(key=grow)
except ValueError as e:
    print('ValueError:', e, data)

# clear() of the (empty) list goes unnoticed; extend with nothing too
data = [2, 1]
def clear(x):
    data.clear()
    data.extend([])
    return x
data.sort(key=clear)
print(data)

# modifying from __lt__
class M:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        target.insert(0, 99)
        return self.v < other.v
target = [M(2), M(1)]
try:
    target.sort()
except ValueError as e:
    print('ValueError:', e, [m.v for m in target])


# an error from the key function on the first item
try:
    [1, 'a'].sort(key=lambda x: x + 1)
except TypeError as e:
    print('TypeError:', e)

# mixed types
for data in ([1, 'a'], [(1, 2), (1, 'x')], [None, None], [1.5, 2, 'z']):
    try:
        data.sort()
        print('sorted', data)
    except TypeError as e:
        print('TypeError:', e)

print(sorted([3, 1, 2], key=None, reverse=0))
try:
    [].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted()
except TypeError as e:
    print('TypeError:', e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print('TypeError:', e)

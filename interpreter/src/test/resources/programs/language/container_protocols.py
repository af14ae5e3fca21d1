# A user-defined container: __len__, __getitem__ with ints and slices and negative indexes,
# __setitem__, __delitem__, __iter__ versus the old __getitem__ iteration, __contains__ fallback,
# __reversed__, __missing__ on a dict subclass, and truthiness from __len__.
class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value

    def __delitem__(self, index):
        del self._songs[index]

    def __repr__(self):
        return f"Playlist{tuple(self._songs)}"


p = Playlist("a", "b", "c", "d")
print(len(p), p[0], p[-1], p[1:3], p[::-1], bool(p), bool(Playlist()))
p[0] = "A"
del p[1]
print(p, list(p), "c" in p, "z" in p, list(reversed(p)), sorted(p, reverse=True))
for i, song in enumerate(p):
    print(i, song)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), iter(Squares()).__class__.__name__)


class Range:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  __iter__")
        i = 0
        while i < self.n:
            yield i
            i += 1

    def __contains__(self, x):
        print("  __contains__")
        return 0 <= x < self.n

    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))


r = Range(3)
print(2 in r, list(r), list(reversed(r)), sum(r))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(3)
print(list(cd), list(cd))


class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = DefaultDict()
print(d["abc"], d, d.get("zz"), "zz" in d)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __len__(self):
        return len(self.rows)


m = Matrix([[1, 2], [3, 4]])
print(m[1, 0], m[0, 1], len(m))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    len(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    5 in NotIterable()
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)

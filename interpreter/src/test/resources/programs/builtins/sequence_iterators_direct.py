# The list and tuple iterators read the sequence's own size and items (a subclass's __len__ is
# not asked), see items appended while they run, stop when the list shrinks under them, and the
# builtins that consume them (sum, min, max, set, sorted, any, all, str.join) agree.
class L(list):
    def __len__(self):
        return 1


class T(tuple):
    def __len__(self):
        return 1


print([v for v in L([1, 2, 3])], list(reversed(L([1, 2, 3]))), len(L([1, 2, 3])))
print([v for v in T((4, 5, 6))], sum(T((4, 5, 6))), max(L([7, 9, 8])), sorted(L([3, 1, 2])))
print(set(L([1, 1, 2])) == {1, 2}, tuple(iter(T((1, 2)))), "-".join(L(["a", "b"])))

it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), list(it))
it = iter((1, 2))
print(it.__length_hint__(), next(it), next(it), it.__length_hint__(), next(it, "end"))

l = [1, 2, 3]
seen = []
for v in l:
    seen.append(v)
    if v < 3 and len(l) < 6:
        l.append(v * 10)
print(seen, l)

l = [1, 2, 3, 4]
r = reversed(l)
print(next(r), r.__length_hint__())
del l[1:]
print(r.__length_hint__(), list(r))
l = [1, 2, 3]
r = reversed(l)
l.clear()
print(r.__length_hint__(), list(r))

l = [5, 6, 7]
it = iter(l)
next(it)
l.clear()
print(list(it), it.__length_hint__())
l.extend([8, 9])
print(list(it))

big = list(range(1000))
print(sum(big), min(big), max(big), len(set(big)), any(x > 998 for x in big), all(big), all(big[1:]))
print(sum((0.5, 1, 2)), sum([[1], [2]], []), min((3, 1, 2), key=lambda v: -v))

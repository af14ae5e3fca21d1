# range is a lazy immutable sequence.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), range(3) == range(0, 3, 1))
print(list(reversed(range(4))), sum(range(101)), range(10 ** 20)[-1])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)

# sum, min, max with start, key and default.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()))
print(min(3, 1, 2), max([3, 1, 2]), min("banana"), max(["a", "bbb", "cc"], key=len))
print(min([], default="empty"), max({"x": 1, "y": 5}, key=lambda k: {"x": 1, "y": 5}[k]))
print(max(1, 2.5), min([(2, "b"), (1, "z"), (1, "a")]), max([True, 2, 1.5]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)

# sorted returns a new list (stable, key, reverse); reversed returns an iterator.
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))
print(type(reversed([])).__name__, sorted([]), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

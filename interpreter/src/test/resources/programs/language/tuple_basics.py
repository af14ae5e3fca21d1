# Tuples: packing, indexing, slicing, comparison, count/index, immutability.
t = 1, "two", 3.0
print(t, t[1], t[-1], t[:2], len(t), t.count(1), t.index("two"))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1,) + (2,), (0,) * 3, () == tuple())
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
holder = ([],)
holder[0].append("mutable inside")
print(holder)
print(hash((1, 2)) == hash((1, 2)))

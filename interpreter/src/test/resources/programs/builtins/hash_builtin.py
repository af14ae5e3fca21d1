# hash of ints, floats equal to ints, tuples and None-free frozen structures; unhashable types.
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(1.5), hash(-2), hash(True), hash((1, 2)), hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash(frozenset([1])) == hash(frozenset([1])))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)

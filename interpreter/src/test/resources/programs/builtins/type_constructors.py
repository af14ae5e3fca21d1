# The built-in type constructors with and without arguments.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), bool())
print(frozenset(), type(object()).__name__)
print(int("42"), int(3.9), int("-17"), float("1e3"), float(2), complex(1, 2), str(3.5), str(b"x"))
print(list("abc"), tuple([1, 2]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1, 1, 2]))
print(bytes("hé", "utf-8"), bytearray([1, 2]), bool([]), bool("0"), list({"k": 1}))
print(int("  12  "), int("1_000"), float("-inf"), str(None), str([1, "a"]), repr("it's"))
try:
    int("4.5")
except ValueError as e:
    print("ValueError:", e)

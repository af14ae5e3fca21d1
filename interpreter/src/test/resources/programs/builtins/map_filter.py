# map and filter are lazy iterators.
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda n: n % 3 == 0, range(10))))
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(int, "12345")), max(map(abs, [-7, 3])))

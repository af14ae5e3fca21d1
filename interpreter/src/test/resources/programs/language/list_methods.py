# list methods: append, extend, insert, remove, pop, index, count, sort, reverse, copy.
L = [3, 1, 2]
L.append(5)
L.extend([9, 0])
L.insert(1, 7)
print(L)
L.remove(9)
print(L.pop(), L.pop(0), L, L.index(2), L.count(1))
L.sort()
print(L)
L.sort(reverse=True)
print(L)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
L.reverse()
c = L.copy()
c.append("x")
print(L, c, L + c, L * 2, [0] * 3, 2 in L, L == sorted(L))
try:
    L.remove(99)
except ValueError as e:
    print("ValueError:", e)

# List, set and dict comprehensions and generator expressions, with nesting and conditions; the
# loop variable does not leak.
squares = [x * x for x in range(6)]
evens = {x for x in range(10) if x % 2 == 0}
table = {x: chr(65 + x) for x in range(4)}
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in matrix for v in row if v % 2]
print(squares, sorted(evens), table)
print(pairs, matrix, flat)
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
x = "outer"
_ = [x for x in range(3)]
print(x)

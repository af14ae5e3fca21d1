# Off-by-one in a grid walk: an IndexError from nested subscripts in a helper, with 3.11's
# `~~~~^^^` markers under the failing subscript of a chained expression.
grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]

def neighbours_sum(g, r, c):
    return g[r - 1][c] + g[r + 1][c] + g[r][c - 1] + g[r][c + 1]

print(neighbours_sum(grid, 1, 1))
total = 0
for r in range(1, 3):
    for c in range(1, 3):
        total += neighbours_sum(grid, r, c)
print(total)

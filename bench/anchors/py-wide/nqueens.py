# nqueens via permutations and set comprehensions, plus a backtracking solver.
from itertools import permutations


def n_queens(n):
    cols = range(n)
    count = 0
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
    return count


def backtrack(n):
    sols = 0
    def place(row, cols, d1, d2):
        nonlocal sols
        if row == n:
            sols += 1
            return
        for c in range(n):
            if c not in cols and (row + c) not in d1 and (row - c) not in d2:
                cols.add(c); d1.add(row + c); d2.add(row - c)
                place(row + 1, cols, d1, d2)
                cols.remove(c); d1.remove(row + c); d2.remove(row - c)
    place(0, set(), set(), set())
    return sols


print(n_queens(8), backtrack(11))

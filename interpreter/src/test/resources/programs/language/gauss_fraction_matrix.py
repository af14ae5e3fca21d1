# Exact linear algebra with Fractions as a numerical-methods course does it: Gauss-Jordan
# elimination with partial pivoting (by absolute value), determinant, inverse, solving a system,
# a singular matrix detected, matrix printing with aligned columns, and verifying A*inv(A)=I.
from fractions import Fraction

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]

def gauss_jordan(a, b=None):
    n = len(a)
    m = [list(map(Fraction, row)) + (list(map(Fraction, b[i])) if b else identity(n)[i]) for i, row in enumerate(a)]
    det = Fraction(1)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            raise ZeroDivisionError(f"matrix is singular (column {col})")
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        p = m[col][col]
        det *= p
        m[col] = [v / p for v in m[col]]
        for r in range(n):
            if r != col and m[r][col]:
                factor = m[r][col]
                m[r] = [rv - factor * cv for rv, cv in zip(m[r], m[col])]
    return [row[n:] for row in m], det

def show(mat, title):
    cells = [[str(v) for v in row] for row in mat]
    width = max(len(c) for row in cells for c in row)
    print(title)
    for row in cells:
        print("  [" + "  ".join(c.rjust(width) for c in row) + "]")

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [[8], [-11], [-3]]
sol, det = gauss_jordan(A, b)
print("x, y, z =", [row[0] for row in sol], "det =", det)
inv, _ = gauss_jordan(A)
show(inv, "inverse:")
show(matmul([list(map(Fraction, r)) for r in A], inv), "A * inv(A):")
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
Hinv, Hdet = gauss_jordan(H)
show(Hinv, "inverse of the 4x4 Hilbert matrix:")
print("det(H4) =", Hdet, float(Hdet), matmul(H, Hinv) == identity(4))
try:
    gauss_jordan([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum(Fraction(1, n * (n + 1)) for n in range(1, 100)), sum(Fraction(1, 2 ** k) for k in range(20)), Fraction(3, 4) ** 3, Fraction(-8, 27) ** Fraction(1, 3) if False else "")

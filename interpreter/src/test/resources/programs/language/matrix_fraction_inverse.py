# exact linear algebra: a Matrix class with Fraction entries, __matmul__/__pow__/__eq__, determinant by elimination, inverse, solving a system, error on singular matrices
from fractions import Fraction

class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged rows")
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]" for r in self.rows)
    def det(self):
        m = [r[:] for r in self.rows]
        n, d = len(m), Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                m[c], m[p] = m[p], m[c]
                d = -d
            d *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return d
    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(aug[r][c]))
            if aug[p][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[p] = aug[p], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A, A.det(), sep="\n")
Ai = A.inverse()
print(Ai)
print(A @ Ai == Matrix.identity(3), Ai @ A == Matrix.identity(3))
b = Matrix([[4], [5], [6]])
x = Ai @ b
print(x, A @ x == b)
F = Matrix([[1, 1], [1, 0]])
print((F ** 30).rows[0][1], F ** -2)
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H.det(), H.inverse().rows[0])
for bad in (lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(Matrix([[1, 2], [3, 4]]).det(), Matrix([[0, 1], [1, 0]]).det(), Matrix([[Fraction("0.5"), 2], [0, 3]]) ** 2)

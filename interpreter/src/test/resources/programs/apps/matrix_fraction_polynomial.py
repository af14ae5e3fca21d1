# A whole application: a small algebra library with operator overloading: Matrix over Fractions
# (multiplication, Gaussian elimination for determinant, inverse and rank, powers by squaring),
# Polynomial (arithmetic, divmod, evaluation by Horner, derivative, gcd, rational roots) and
# Vector, with reflected and in-place operators, __eq__/__hash__, __bool__, __iter__, __format__,
# NotImplemented fallbacks and the TypeErrors when nothing applies.
from fractions import Fraction
from functools import reduce
from itertools import zip_longest
from numbers import Number
import math


class Vector:
    __slots__ = ("items",)

    def __init__(self, *items):
        self.items = tuple(Fraction(x) for x in items)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum((a * b for a, b in zip(self, k)), Fraction(0))
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + -other

    def __abs__(self):
        return math.sqrt(self * self)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items

    def __hash__(self):
        return hash(self.items)

    def __repr__(self):
        return "Vector(" + ", ".join(map(str, self.items)) + ")"

    def __format__(self, spec):
        return "<" + ", ".join(format(float(x), spec) for x in self.items) + ">"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in row] for row in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(Vector(*row) * other for row in self.rows))
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        if isinstance(k, Number):
            return Matrix([[x * k for x in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __add__(self, other):
        if not isinstance(other, Matrix) or other.shape != self.shape:
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

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

    __hash__ = None

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def _eliminate(self, augment=None):
        m = [row[:] + (augment[i] if augment else []) for i, row in enumerate(self.rows)]
        n, cols = len(m), len(self.rows[0])
        det, rank, r = Fraction(1), 0, 0
        for c in range(cols):
            pivot = next((i for i in range(r, n) if m[i][c] != 0), None)
            if pivot is None:
                det = Fraction(0)
                continue
            if pivot != r:
                m[r], m[pivot] = m[pivot], m[r]
                det = -det
            det *= m[r][c]
            p = m[r][c]
            m[r] = [x / p for x in m[r]]
            for i in range(n):
                if i != r and m[i][c] != 0:
                    f = m[i][c]
                    m[i] = [a - f * b for a, b in zip(m[i], m[r])]
            r += 1
            rank += 1
            if r == n:
                break
        return m, det, rank

    def det(self):
        return self._eliminate()[1] if self.shape[0] == self.shape[1] else None

    def rank(self):
        return self._eliminate()[2]

    def inverse(self):
        n = self.shape[0]
        m, det, _ = self._eliminate([[int(i == j) for j in range(n)] for i in range(n)])
        if det == 0:
            raise ZeroDivisionError("matrix is singular")
        return Matrix([row[n:] for row in m])

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells)


class Polynomial:
    def __init__(self, coeffs):
        coeffs = [Fraction(c) for c in coeffs]
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [Fraction(0)]

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        return reduce(lambda acc, a: acc * x + a, reversed(self.c), Fraction(0))

    def __add__(self, other):
        if isinstance(other, (int, Fraction)):
            other = Polynomial([other])
        if not isinstance(other, Polynomial):
            return NotImplemented
        return Polynomial([a + b for a, b in zip_longest(self.c, other.c, fillvalue=0)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-a for a in self.c])

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            other = Polynomial([other])
        if not isinstance(other, Polynomial):
            return NotImplemented
        out = [Fraction(0)] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        return reduce(lambda a, b: a * b, [self] * n, Polynomial([1]))

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(1, len(self.c) - len(other.c) + 1)
        r = self.c[:]
        while len(r) >= len(other.c) and any(r):
            k = r[-1] / other.c[-1]
            shift = len(r) - len(other.c)
            q[shift] = k
            for i, b in enumerate(other.c):
                r[i + shift] -= k * b
            r.pop()
        return Polynomial(q), Polynomial(r)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if isinstance(other, (int, Fraction)):
            return self.c == [Fraction(other)]
        return isinstance(other, Polynomial) and self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __bool__(self):
        return self.degree >= 0

    def derivative(self):
        return Polynomial([i * a for i, a in enumerate(self.c)][1:] or [0])

    def monic(self):
        return self * (1 / self.c[-1])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append(f"{sign} {coef}{var}")
        text = " ".join(terms) if terms else "0"
        return text[2:] if text.startswith("+ ") else "-" + text[2:]


def pgcd(a, b):
    while b:
        a, b = b, a % b
    return a.monic()


def rational_roots(p):
    lead, const = p.c[-1], p.c[0]
    assert lead.denominator == const.denominator == 1
    divisors = lambda n: [d for d in range(1, abs(int(n)) + 1) if n % d == 0] or [1]
    cands = {Fraction(s * a, b) for a in divisors(const) for b in divisors(lead) for s in (1, -1)}
    return sorted(r for r in cands if p(r) == 0)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(A, A.shape, "det", A.det(), "rank", A.rank(), sep="\n")
Ainv = A.inverse()
print(Ainv)
print("A @ A^-1 == I:", A @ Ainv == Matrix.identity(3), "A^-2 == (A^2)^-1:", A ** -2 == (A ** 2).inverse())
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print("fib via matrix:", fibm[0, 1], "2*A + A:", (2 * A + A)[0, 0], "(A*Fraction(1,2))[1,1]:", (A * Fraction(1, 2))[1, 1])
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("singular det:", S.det(), "rank:", S.rank(), "transpose row:", S.transpose().rows[0])
for bad in (lambda: S.inverse(), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1], [1, 2]]),
            lambda: A @ "x", lambda: A + 1, lambda: {A}):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as exc:
        print(f"  {type(exc).__name__}: {exc}")
v, w = Vector(1, 2, 3), Vector(Fraction(1, 2), 0, -1)
print(v + w, v - w, 3 * v, v * 3, v * w, abs(Vector(3, 4)), f"{w:.2f}", A @ v)
print(v == Vector(1, 2, 3), len({v, Vector(1, 2, 3), w}), -v)
try:
    v + 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    Vector(1) + Vector(1, 2)
except ValueError as exc:
    print("ValueError:", exc)

p = Polynomial([-6, 11, -6, 1])
q = Polynomial([-1, 1])
print("p =", p, "| q =", q, "| p(4) =", p(4), "| p'(x) =", p.derivative())
print("p*q =", p * q, "| p+q =", p + q, "| 3-q =", 3 - q, "| q^3 =", q ** 3)
quo, rem = divmod(p, Polynomial([1, 1]))
print("p / (x+1):", quo, "remainder", rem, "| check:", quo * Polynomial([1, 1]) + rem == p)
print("gcd:", pgcd(p, Polynomial([2, -3, 1])), "| roots:", rational_roots(p),
      rational_roots(Polynomial([-1, 0, 0, 0, 4])), rational_roots(Polynomial([3, -7, 2])))
print("bool:", bool(Polynomial([0, 0])), bool(q), Polynomial([0]) == 0, Polynomial([5]) == 5, hash(q) == hash(Polynomial([-1, 1, 0])))
print("fraction facts:", Fraction(3, 9), Fraction("1.25"), Fraction(0.1).limit_denominator(100),
      Fraction(7, 3).__floor__(), round(Fraction(5, 2)), Fraction(1, 3) ** 2, Fraction(-7, 2) // 2, Fraction(-7, 2) % 2)
print(sum(Fraction(1, n * (n + 1)) for n in range(1, 50)), math.fsum([0.1] * 10), Fraction(2, 3) < 0.7, Fraction(1, 2) == 0.5)
try:
    divmod(p, Polynomial([0]))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
print(p * "x")

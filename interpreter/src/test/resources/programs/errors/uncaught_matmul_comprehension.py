# an uncaught AttributeError from a list passed where the Matrix operand of @ was expected, inside a nested comprehension
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
m = Matrix([[1, 2]])
n = m @ [[3], [4]]

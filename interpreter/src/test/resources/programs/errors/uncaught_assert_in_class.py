# assert with a message inside a classmethod factory, uncaught, and an AssertionError caught first.
class Fraction2:
    def __init__(self, n, d):
        assert d != 0, f"denominator must be nonzero (got {n}/{d})"
        self.n, self.d = n, d

    @classmethod
    def parse(cls, text):
        n, _, d = text.partition("/")
        return cls(int(n), int(d or 1))

    def __repr__(self):
        return f"{self.n}/{self.d}"

try:
    Fraction2(1, 0)
except AssertionError as e:
    print("caught:", e, e.args)
print([Fraction2.parse(s) for s in ["1/2", "3", "-4/5"]])
print(Fraction2.parse("7/0"))

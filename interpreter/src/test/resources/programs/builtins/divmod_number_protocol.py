# divmod() through the nb_divmod slot: int's and float's own results and ZeroDivisionError messages
# ("float divmod()"), no slot on complex ("unsupported operand type(s) for divmod()"), classes'
# __divmod__/__rdivmod__ with the reflected operand first when its class is a subclass overriding it,
# NotImplemented from both sides, the slot wrappers called directly, Fraction and Decimal.
from fractions import Fraction
from decimal import Decimal


class A:
    def __divmod__(self, o):
        return ("A.__divmod__", type(o).__name__)

    def __rdivmod__(self, o):
        return ("A.__rdivmod__", type(o).__name__)


class B(A):
    def __rdivmod__(self, o):
        return ("B.__rdivmod__", type(o).__name__)


class Declines:
    def __divmod__(self, o):
        print("  Declines.__divmod__")
        return NotImplemented

    def __rdivmod__(self, o):
        print("  Declines.__rdivmod__")
        return NotImplemented


class I(int):
    pass


class F(float):
    def __rdivmod__(self, o):
        return "F.__rdivmod__"


print(divmod(A(), 1), divmod(1, A()), divmod(A(), B()), divmod(B(), A()))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(divmod(True, 2), divmod(-0.0, 1), divmod(1e308, 1e-308)[1], divmod(float("inf"), 3))
print(divmod(I(7), 2), divmod(7, F(2)), divmod(F(7), 2), type(divmod(I(7), I(2))[0]).__name__)
print((7).__divmod__(2), (7).__rdivmod__(2), (7.0).__divmod__(2), (7.0).__rdivmod__(2), (7).__divmod__(2.0))
print(divmod(Fraction(7, 2), 1), divmod(Decimal(7), 2), divmod(7, Fraction(2, 3)), divmod(Decimal(-7), 2))
for a, b in [(1j, 1), (1, 1j), (1.0, 0.0), (1, 0), (1, 0.0), (2 ** 80, 0), (Declines(), 1), (1, Declines()),
             (Declines(), Declines()), ("a", 1), (None, None), (Decimal(7), Fraction(1)), (Fraction(1), 0)]:
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(1j, "__divmod__"), int.__divmod__, float.__rdivmod__.__doc__, int.__divmod__.__text_signature__)
try:
    int.__divmod__(1.0, 2)
except TypeError as e:
    print(e)
print(sorted(k for k in vars(float) if "divmod" in k), sorted(k for k in vars(Decimal) if "divmod" in k))

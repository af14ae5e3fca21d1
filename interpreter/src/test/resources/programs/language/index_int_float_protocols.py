# __index__, __int__, __float__, __complex__, __trunc__, __round__, __len__ and their errors
import operator
class I:
    def __index__(self):
        print("__index__")
        return 3
i = I()
print([10, 20, 30, 40][i], "abcdef"[i:], bin(i), hex(i), oct(i), operator.index(i))
print(range(i), list(range(10)[i:i]), int(i), (1, 2, 3, 4)[:i])
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
n = N()
print(int(n), float(n), complex(n))
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(2.0)
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class T:
    def __trunc__(self):
        return 9
try:
    print(int(T()))
except TypeError as e:
    print("TypeError:", e)
class BoolLike:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(BoolLike()), len(BoolLike()))
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print("ValueError:", e)
class Round:
    def __round__(self, n=None):
        return ("round", n)
print(round(Round()), round(Round(), 2))
import math
class Fl:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(2.7), math.floor(-2.5))
print(float(I()) if hasattr(I, '__float__') else "no float", int(True), float(" 1.5e3 "))
print(int("  42  "), int("1_000"), int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("z", 36))
try:
    int("08", 0)
except ValueError as e:
    print("ValueError:", e)

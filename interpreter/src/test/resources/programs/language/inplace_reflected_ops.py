# Operator overloading: reflected operands (__radd__ when the left returns NotImplemented or is a
# built-in), in-place forms falling back to the binary ones, a subclass's reflected method tried
# first, comparison fallbacks, and the messages when nothing applies.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, n):
        return Money(self.cents * n) if isinstance(n, int) else NotImplemented

    def __rmul__(self, n):
        return self * n

    def __truediv__(self, n):
        return Money(self.cents // n)

    def __floordiv__(self, other):
        return self.cents // other.cents

    def __mod__(self, n):
        return Money(self.cents % n)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents


a = Money(150)
print(a + Money(50), a + 5, 5 + a, sum([Money(1), Money(2), Money(3)]))
print(3 * a, a * 2, a / 4, Money(700) // Money(200), a % 7)
b = a
b += Money(1)
print(b, a, b is a)
b *= 2
print(b)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a - a
except TypeError as e:
    print("TypeError:", e)
try:
    a ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    a @ a
except TypeError as e:
    print("TypeError:", e)
print(a > Money(1), Money(1) > a, a == Money(150), a != Money(150), a == 150)
print(sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)))
try:
    a <= Money(2)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base())


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

    def __isub__(self, item):
        return NotImplemented

    def __sub__(self, item):
        return "binary sub"


acc = Acc()
acc += 1
acc += 2
print(acc.items)
acc -= 1
print(acc)
x = [1]
y = x
x += [2]
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
lst = [[]] * 2
try:
    tup = ([],)
    tup[0] += [1]
except TypeError as e:
    print("TypeError:", e, tup)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __invert__(self):
        return Bits(~self.v & 0xF)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rrshift__(self, n):
        return f"rrshift {n}"

    def __repr__(self):
        return f"Bits({self.v:04b})"


print(Bits(12) & Bits(10), Bits(12) | Bits(10), Bits(12) ^ Bits(10), ~Bits(12), Bits(1) << 3, 5 >> Bits(1))

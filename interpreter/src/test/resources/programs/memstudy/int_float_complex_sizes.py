# Sizes of ints across 30-bit digit boundaries, negative and computed ints, floats and complex numbers.
import sys

for bits in (0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 91, 120, 300, 1000):
    v = 1 << bits if bits else 0
    print(f"2**{bits:<4d} {sys.getsizeof(v):4d} {sys.getsizeof(-v):4d} {sys.getsizeof(v - 1):4d}")

print("True/False:", sys.getsizeof(True), sys.getsizeof(False))
print("int('9'*50):", sys.getsizeof(int("9" * 50)))
print("10**100:", sys.getsizeof(10 ** 100), "10**100 // 10**99:", sys.getsizeof(10 ** 100 // 10 ** 99))
print("big - big:", sys.getsizeof((1 << 200) - (1 << 200)))
print("abs(-2**64):", sys.getsizeof(abs(-(2 ** 64))))
print("int.from_bytes 16:", sys.getsizeof(int.from_bytes(b"\xff" * 16, "big")))
print("float:", sys.getsizeof(0.0), sys.getsizeof(1e308), sys.getsizeof(float("inf")), sys.getsizeof(float("nan")))
print("complex:", sys.getsizeof(0j), sys.getsizeof(complex(1, 2)), sys.getsizeof(1 + 2j))
print("int.__sizeof__:", (1 << 100).__sizeof__(), (0).__sizeof__(), (1).__sizeof__())
print("float.__sizeof__:", (1.5).__sizeof__(), "complex:", (1j).__sizeof__())
print("bool subclass size:", sys.getsizeof(True) == sys.getsizeof(1))

class MyInt(int):
    pass

class MyFloat(float):
    pass

print("MyInt(5):", sys.getsizeof(MyInt(5)), "MyInt(2**100):", sys.getsizeof(MyInt(2 ** 100)))
print("MyFloat:", sys.getsizeof(MyFloat(1.0)))

class SlotInt(int):
    __slots__ = ()

print("SlotInt:", sys.getsizeof(SlotInt(7)), sys.getsizeof(SlotInt(2 ** 40)))
total = 0
for n in range(0, 200, 7):
    total += sys.getsizeof(3 ** n)
print("sum of sizes of 3**n:", total)

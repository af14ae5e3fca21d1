# "Why is an int 28 bytes?" - int sizes across the digit boundaries.
import sys

values = [0, 1, -1, 255, 256, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, 2**100, -2**30, -2**60,
          10**18, 10**100, True, False]
for v in values:
    text = str(v) if abs(v) < 10**20 else f"{str(v)[:8]}...({len(str(v))} digits)"
    print(f"{text:<28} {sys.getsizeof(v):>4} bytes, {v.bit_length():>4} bits")

print("digit size:", sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
for exp in range(0, 200, 30):
    print(exp, sys.getsizeof(2 ** exp), sys.getsizeof(-(2 ** exp)))
huge = 7 ** 1000
print("7**1000:", sys.getsizeof(huge), huge.bit_length())
print("int.__sizeof__(5):", int.__sizeof__(5), (5).__sizeof__())
print("float:", sys.getsizeof(1.0), sys.getsizeof(float('inf')), sys.getsizeof(1e308))
print("complex:", sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print("bool:", sys.getsizeof(True), sys.getsizeof(False))
print("None:", sys.getsizeof(None), "Ellipsis:", sys.getsizeof(...), "NotImplemented:", sys.getsizeof(NotImplemented))

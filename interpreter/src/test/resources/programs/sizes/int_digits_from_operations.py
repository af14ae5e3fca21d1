# int sizes follow the digits the value needs, whatever made it: results that
# cancel back to small values, from_bytes, shifts across 30-bit boundaries,
# negative values, bool and int subclasses.
import sys

def row(label, v):
    digits = max(1, -(-abs(v).bit_length() // 30)) if v else 0
    print(f"{label:<28} bits={abs(v).bit_length():<4} size={sys.getsizeof(v):<4} digits={digits}")

row("2**60 - 2**60 + 1", 2**60 - 2**60 + 1)
big = 2**90
row("big", big)
row("big - big", big - big)
row("big // 2**80", big // 2**80)
row("big % 7", big % 7)
row("-big", -big)
row("(big * big) >> 170", (big * big) >> 170)
for shift in (29, 30, 31, 59, 60, 61, 89, 90):
    row(f"1 << {shift}", 1 << shift)
    row(f"-(1 << {shift})", -(1 << shift))
row("from_bytes 8 x ff", int.from_bytes(b"\xff" * 8, "big"))
row("from_bytes 8 x 00", int.from_bytes(b"\x00" * 8, "big"))
row("int('9' * 20)", int("9" * 20))
row("int(1e20)", int(1e20))
row("round(1e15 + 0.5)", round(1e15 + 0.5))
row("abs(-2**31)", abs(-2**31))
row("True", True)
row("True + True", True + True)
class MyInt(int): pass
print("MyInt(0)", sys.getsizeof(MyInt(0)), "MyInt(2**30)", sys.getsizeof(MyInt(2**30)), "MyInt(2**70)", sys.getsizeof(MyInt(2**70)))
print("int_info", sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print("sizes by decimal digits:", [sys.getsizeof(10**k) for k in range(0, 40, 3)])
print("pow results:", [sys.getsizeof(pow(3, k)) for k in (18, 19, 37, 38, 56, 57)])
print("from float:", [sys.getsizeof(int(2.0**k)) for k in (29, 30, 59, 60, 1000)])

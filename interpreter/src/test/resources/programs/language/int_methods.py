# int's methods and attributes: bit_length, bit_count, to_bytes/from_bytes (byte order, sign,
# defaults), as_integer_ratio, conjugate, real/imag/numerator/denominator, __index__; bool shares them.
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), (-(2 ** 70)).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes())
print((2 ** 80).to_bytes(11, byteorder="little"), (-129).to_bytes(length=2, byteorder="big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x00" * 9 + b"\x01", "big"), int.from_bytes(b""), bool.from_bytes(b"\x01", "big"))
print((7).as_integer_ratio(), True.as_integer_ratio(), (-5).conjugate(), (10 ** 20).numerator, (10 ** 20).denominator)
print((42).real, (42).imag, True.real, type(True.real).__name__, type(True.numerator).__name__, (3).__index__())
print(int.__index__(True), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__float__(), (2 ** 70).__int__())
class Big(int):
    pass
print(type(Big.from_bytes(b"\x05", "big")).__name__, Big.from_bytes(b"\x05", "big"), type(Big(3).real).__name__)
for bad in (lambda: (1000).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes(3, "big"), lambda: (1).to_bytes(2 ** 63, "big")):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

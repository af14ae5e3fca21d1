# ints have arbitrary precision.
print(2 ** 100, -(3 ** 50))
print(2 ** 64 - 1, (2 ** 64) // 3, (2 ** 64) % 1000, -7 // 2, -7 % 2, 7 // -2)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(divmod(10 ** 30, 7), pow(3, 200, 1000), pow(2, -1, 7))
print(int("123456789012345678901234567890") * 10, (1 << 100) >> 98, ~(2 ** 70))
print(hex(2 ** 70), bin(10 ** 5), oct(8 ** 10), (2 ** 70).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), abs(-10 ** 20), 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))

# float repr is the shortest string that round-trips.
print(0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e22, 123456789.0, 1e-5, 0.0001)
print(1.0, -0.0, 100.0, 1e100, 1.5e-300, 5e-324, 1.7976931348623157e308)
print(float("inf"), -float("inf"), float("nan"), float("1e400"), 3.0 * 1.1)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2))
print(10 / 4, 10 // 4, -10 / 4, 7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 2 ** -1)
print(repr(1.1), str(1.1), float.hex(1.5), (0.1).as_integer_ratio(), (2.5).is_integer())
print(int(3.99), int(-3.99), float("  2.5  "), float(7), 1e3 == 1000, 0.1 + 0.2 == 0.3)

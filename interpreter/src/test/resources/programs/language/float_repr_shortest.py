# float repr is the shortest string that reads back as the same double, the nearest of those when
# several are as short; subnormals have one-digit reprs where their neighbours are far apart.
print(5e-324, 1e-323, 1.5e-323, 2e-323, 2.5e-323, 3e-323, 5e-324 * 7, 5e-324 * 1000, 2.2250738585072014e-308)
print(2.2250738585072009e-308, 4.9406564584124654e-322, 1e-310, 9.999999999999999e-311, 123e-320)
print(1 / 7, 2 / 7, 1e23, 9007199254740993.0, 0.3, 1 - 1e-16, 1e16, 1.0e15, 123456789012345678.0, 0.000123)
x = 1.0
for i in range(12):
    x = x * 3.7 / 1.3
    print(x, -x / 1e200, x * 1e-310)

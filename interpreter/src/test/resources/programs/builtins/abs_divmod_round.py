# abs, divmod, round and pow.
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 3))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(1234, -2), round(0.125, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 0.5), pow(-8, 1 / 3).real > 0, pow(4, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(float("inf"), 1))

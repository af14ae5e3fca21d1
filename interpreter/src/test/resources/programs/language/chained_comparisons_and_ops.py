# Operator precedence, integer/floor division, modulo signs, bitwise operators, identity tests.
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, 256 >> 3, -16 >> 2)
print(1 < 2 == 2 > 1, "a" < "b" < "c", [1, 2] < [1, 3], (1, "a") < (1, "b"))
print(not 1 == 2, (not 1) == 2, 3 in [1, 2, 3] and 4 not in [1, 2, 3])
x = 5
print(0 < x < 10, x if x > 3 else -x, True + True, True * 10)

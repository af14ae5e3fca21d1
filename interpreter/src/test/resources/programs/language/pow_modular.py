# pow(base, exp, mod): three ints, a negative exponent through the modular inverse (3.8+), the
# result has the modulus's sign; floats refuse a modulus; 0 and non-invertible bases are errors.
print(pow(2, 10, 1000), pow(3, 200, 1000), pow(7, 0, 5), pow(7, 5, 1), pow(-3, 3, 7), pow(3, 2, -5), pow(2, 100, 10 ** 20))
print(pow(2, -1, 7), pow(3, -2, 11), pow(2, -1, -7), pow(38, -1, 97) * 38 % 97, pow(10 ** 30 + 1, -1, 10 ** 9 + 7))
print(pow(True, 5, 3), pow(2, 3, None), pow(2, -2), pow(-8, 1 / 3).real > 0, type(pow(-8, 0.5)).__name__)
for args in ((2, -1, 4), (2, 2, 0), (2.0, 2, 3), (2, 2, 3.0), (2, 0.5, 3), ("2", 2, 3)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

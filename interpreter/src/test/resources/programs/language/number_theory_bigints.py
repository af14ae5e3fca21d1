# Number theory with Python's big integers as competitive programmers write it: Miller-Rabin
# with pow(a, d, n), modular inverses by pow(x, -1, m) and its ValueError, CRT, extended Euclid,
# Fibonacci by fast doubling (digits of F(1000)), factorials and math.comb/perm/isqrt on huge
# values, int.bit_length/bit_count, to_bytes/from_bytes both orders and signed, divmod and //
# of negatives, and the int/str digit limit's ValueError.
import math, sys

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(90, 120) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**67 - 1), is_probable_prime(170141183460469231731687303715884105727))

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        g, p, q = egcd(m, mod)
        assert g == 1
        x = (x * mod * q + r * m * p) % (m * mod)
        m *= mod
    return x, m

print(egcd(240, 46), pow(3, -1, 11), pow(10, -2, 7), crt([2, 3, 2], [3, 5, 7]))
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)

def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)

f1000 = fib_pair(1000)[0]
print(len(str(f1000)), str(f1000)[:20], f1000 % 1_000_000_007, f1000.bit_length(), f1000.bit_count())
big = math.factorial(300)
print(len(str(big)), str(big).rstrip("0")[-10:], len(str(big)) - len(str(big).rstrip("0")))
print(math.comb(100, 50), math.perm(20, 5), math.isqrt(10**40 + 12345), math.isqrt(2**127) ** 2 <= 2**127, math.gcd(2**100, 6**50), math.lcm(12, 18, 30))
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5, divmod(-(10**30), 7), (-7) // 2, int(-7 / 2), round(-7 / 2))
n = 2**70 + 5
b = n.to_bytes(10, "big")
print(b.hex(), int.from_bytes(b, "little"), int.from_bytes(b, "big") == n, (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**1000).bit_count(), (-7).bit_count(), (12).as_integer_ratio(), True.bit_length())
print(2**64 // 3, 2**64 / 3, -(2**64) >> 3, 1 << 100 >> 98, ~(2**65), (2**65) & -(2**65), (2**65 - 1) ^ (2**64), 10**18 * 10**18)
print(sys.get_int_max_str_digits(), len(str(10**4299)))
try:
    str(10**4300)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(hex(2**100), oct(-(2**40)), bin(2**20 + 1), int("z" * 5, 36), int("0b1010", 0), int("-0x_ff", 16) if False else int("-0xff", 16), format(2**80, ","), f"{2**64:_x}")

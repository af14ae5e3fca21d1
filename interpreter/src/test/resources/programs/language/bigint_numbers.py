# Big integers: factorials, Fibonacci by doubling, a sieve, digit sums, gcd/lcm, isqrt, pow mod.
import math

def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)

def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, math.isqrt(limit) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]

f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), len(str(f100)) - len(str(f100).rstrip("0")))
print(fib_pair(300)[0])
print(fib_pair(1000)[0] % 10 ** 20, fib_pair(1000)[0].bit_length())
primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
print(math.gcd(2 ** 100 - 1, 2 ** 60 - 1), math.lcm(12, 18, 30), math.gcd(), math.gcd(0, -12))
n = 10 ** 40 + 12345
print(math.isqrt(n), math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, -1, 97), pow(-7, 3), pow(7, -2))
print(math.comb(100, 50), math.perm(10, 3), math.prod(range(1, 21)) == math.factorial(20))
print((2 ** 521 - 1) % 1000000007, divmod(-(10 ** 30), 7), -(10 ** 30) // 7, (10 ** 30) % -7)
x = 123456789 ** 5
print(x, x.bit_length(), x.bit_count() if hasattr(x, "bit_count") else None, x >> 100, x & 0xFFFF)
print(int.__name__, (1 << 200) > 1e60, (1 << 2000) > 1e300, 10 ** 400 == float("inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(f"{2 ** 100:,}", f"{2 ** 100:e}", f"{-2 ** 70:_}", round(123456789, -3), round(2 ** 70, -20))

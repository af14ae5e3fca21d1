# math's integer functions on ints of any size: factorial, gcd and lcm of many arguments, comb, perm,
# isqrt, prod; floats are refused where an integer is needed.
import math
print(math.factorial(0), math.factorial(25), len(str(math.factorial(500))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18, 30), math.gcd(2 ** 100, 6 ** 50), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(10, 3), math.comb(10, 11), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(3, 4))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.isqrt(True))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]), math.prod(range(1, 30)))
print(math.prod(["ab", 3]), math.prod([[1], 2]))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(5.0), lambda: math.gcd(2.0), lambda: math.comb(5, -1),
            lambda: math.comb(-5, 1), lambda: math.perm(-1), lambda: math.isqrt(-1), lambda: math.factorial(2 ** 70)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# int bignum arithmetic: factorial, pow with modulus, big multiplication, str conversion, divmod.
import math

f = math.factorial(3000)
total = f.bit_length() + len(str(f % 10 ** 4000))
x = 1
for i in range(1, 3000):
    x = x * i
total += x == f
p = (1 << 521) - 1
for b in range(2, 200):
    total += pow(b, p - 1, p) == 1
a = 3 ** 20000
b = 7 ** 15000
for _ in range(30):
    q, r = divmod(a, b)
    total += q.bit_length() + r % 1000
    total += (a * b) % 1000003
fib = [0, 1]
for i in range(20000):
    fib.append(fib[-1] + fib[-2])
total += fib[-1].bit_length() + int(str(fib[5000])[:10])
total += math.gcd(f, 2 ** 4000 * 3 ** 100) % 1000
total += math.isqrt(f) % 1000
print(total)

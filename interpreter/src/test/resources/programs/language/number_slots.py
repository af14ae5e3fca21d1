# int and float arithmetic through their number slots: results, types, errors and identity.
cases = ['1 + 2', '2**62 + 2**62', '-(2**62) - 2**62', '3037000500 * 3037000500', '-7 // 2', '-7 % 2',
         '7 % -2', '7 // -2', '1 // 0', '1 % 0', '1 / 0', '5 / 2', '(2**53 + 1) / 1', '(10**30) / (10**10)',
         '10**400 / 3', '(10**40 + 1) / 3', '1 << -1', '1 >> -1', '1 << 70', '-1 >> 100', '-5 >> 1',
         '2**-1', '0**-1', '(-2)**-2', '2**0.5', '1.5**2', '3**40', '(-3)**41', '0**0',
         'True & True', 'True | False', 'True ^ True', 'True & 3', 'True + True', '~True', '-True', '+True',
         '7.0 // 2', '-7.0 // 2', '-7.5 % 2', '5.0 % -3', '-0.0 % 1.0', '1.0 // 0', '1.0 % 0', '1.0 / 0',
         '0.0 ** -1', '2.0 ** 10000', '1e308 * 10', '10**400 * 1.0', '1.0 + 10**400', '1 + 2.5', '2.5 - 1',
         '3 * 0.5', '1 / 3.0', '1.0 // float("inf")', '-1.0 // float("inf")', 'float("inf") % 3',
         '3 % float("inf")', '-3 % float("inf")', 'float("nan") ** 0', '1.0 ** float("nan")',
         '(-1.0) ** float("inf")', '(-2.0) ** 3', 'float("-inf") ** 3', 'float("-inf") ** 2',
         '-(2**63)', '-(-2**63)', 'abs(-2**63)', 'abs(-5.5)', '~5', '~(2**70)', '2**62 * 4',
         '(2**64) // 3', '-(2**64) % 7', '(2**64) & (2**64 - 1)', '-(2**70) | 5', '(2**70) ^ -1',
         '1 @ 2', '"a" + 1', '[1] * 2', '2 * (3,)', '1 < 2.5', '2**60 < 2**60 + 1', '-(2**60) > -(2**61)']
for c in cases:
    try:
        r = eval(c)
        print(c, '=', repr(r), type(r).__name__)
    except Exception as e:
        print(c, '!', type(e).__name__, e)

x = 1000
y = x + 0
print(+x is x, abs(x) is x, -x is x, x + 0 is x, y == x)
f = 2.5
print(+f is f, abs(f) is f)
n = 256
k = 256
print(n + 0 is k, (n + 1) - 1 is k, n * 1 is n)
t = 0
for i in range(10):
    t += i * 1.5
    t -= 0.25
print(t)
i = 10
i += 2**62
i *= 3
i //= 7
i <<= 3
print(i)
class MyInt(int):
    pass
m = MyInt(7)
print(m + 1, type(m + 1).__name__, +m, type(+m).__name__, -m, m * 2.0, m // 2, m ** 2)

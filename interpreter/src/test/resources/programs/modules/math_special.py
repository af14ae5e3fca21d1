# math.gamma, lgamma, erf, erfc (13 significant digits: CPython's come from the platform's libm)
import math
for x in [0.5, 1, 2, 5, 10.5, 23, 30, -1.5, 1e-25, 171.5]:
    print(x, '%.13g' % math.gamma(x), '%.13g' % math.lgamma(x))
for x in [-2, -0.5, 0, 0.3, 1, 1.5, 3, 6, 30]:
    print(x, '%.13g' % math.erf(x), '%.13g' % math.erfc(x))
print(math.gamma(1), math.gamma(6), math.lgamma(1), math.lgamma(2), math.erf(0.0), math.erfc(0.0))
for bad in [0, -1, -2.0, float('-inf')]:
    try:
        math.gamma(bad)
    except ValueError as e:
        print('gamma', bad, e)
for x in [0, -3]:
    try:
        math.lgamma(x)
    except ValueError as e:
        print('lgamma', x, e)
try:
    math.gamma(172)
except OverflowError as e:
    print(e)
print(math.gamma(float('inf')), math.lgamma(float('-inf')), math.isnan(math.erf(float('nan'))), math.erf(float('inf')), math.erfc(float('-inf')))
print(math.gamma(-200.5), math.gamma(-1e-30) < 0)

# cmath on ordinary values: every function at points on and off the branch cuts (the sign of a zero
# imaginary part picks the side), tiny and huge arguments; the last digit of some results comes from
# the C library's atan2, hypot and friends (see PENDING.txt)
import cmath
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)

values = [0j, 1 + 2j, -3.5 + 0.25j, 2.0, -2.0, complex(-2.0, -0.0), 1e-310 + 1e-310j, 1e308 + 1e308j, 0.5j,
          -1j, complex(1, -0.0), 3]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin',
         'sinh', 'sqrt', 'tan', 'tanh']
for name in names:
    for z in values:
        show(f'{name}({z!r})', getattr(cmath, name), z)

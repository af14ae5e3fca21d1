# cmath's special values and errors: infinities and NaNs in every function (C99 Annex G's results),
# phase/polar/rect, log with a base, the domain and range errors, isclose, the constants, and the
# conversions of the argument (__complex__, __float__, bool)
import cmath
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin',
         'sinh', 'sqrt', 'tan', 'tanh']
specials = [complex(math.inf, 0.0), complex(-math.inf, 1.0), complex(0.0, math.inf), complex(math.nan, 2.0),
            complex(2.0, math.nan), complex(math.inf, math.nan), complex(-math.inf, -math.inf),
            complex(math.inf, -2.0), complex(-0.0, math.nan)]
for name in names:
    for z in specials:
        show(f'{name}({z!r})', getattr(cmath, name), z)
for z in [1 + 1j, -1 - 0j, complex(-1, -0.0), 0j, complex(math.inf, -math.inf), complex(math.nan, 1)]:
    show(f'phase({z!r})', cmath.phase, z)
    show(f'polar({z!r})', cmath.polar, z)
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r, phi in [(1, 0), (2, math.pi / 2), (3.0, -0.0), (math.inf, 1.0), (-math.inf, 0.0), (1.0, math.inf),
               (0.0, math.inf), (math.nan, 0.0), (2, math.nan)]:
    show(f'rect({r}, {phi})', cmath.rect, r, phi)
show('log(8, 2)', cmath.log, 8, 2)
show('log(1j, 1j)', cmath.log, 1j, 1j)
show('log(0, 2)', cmath.log, 0, 2)
show('log(2, 0)', cmath.log, 2, 0)
show('log(0)', cmath.log, 0)
show('sqrt("x")', cmath.sqrt, "x")
show('exp(1000)', cmath.exp, 1000)
show('cosh(800+1j)', cmath.cosh, 800 + 1j)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
show('isclose(-1)', lambda: cmath.isclose(1, 1, rel_tol=-1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 0.25

print(cmath.sqrt(C()), cmath.exp(F()), cmath.phase(True), cmath.sqrt(False))
print(True.__float__(), False.__float__(), (7).__float__())

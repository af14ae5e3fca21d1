"""The cmath module, as CPython 3.11's (Modules/cmathmodule.c): the functions of a complex
argument with CPython's algorithms (the branch cuts follow the sign of a zero imaginary part; the
scalings that keep large and subnormal arguments from overflowing or losing precision), C99 Annex
G's results for infinite and NaN parts (the tables below: row the real part's kind, column the
imaginary part's, in the order -inf, negative, -0.0, +0.0, positive, +inf, nan), and CPython's
errors: ValueError('math domain error') where Annex G signals divide-by-zero or invalid,
OverflowError('math range error') where a finite argument overflows."""

import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

P = pi
P12 = pi / 2
P14 = pi / 4
P34 = 3 * pi / 4
INF = inf
N = nan
_EDOM = 'EDOM'
_ERANGE = 'ERANGE'

_LARGE_DOUBLE = 1.7976931348623157e308 / 4.
_SQRT_LARGE_DOUBLE = _math.sqrt(_LARGE_DOUBLE)
_LOG_LARGE_DOUBLE = _math.log(_LARGE_DOUBLE)
_SQRT_DBL_MIN = _math.sqrt(2.2250738585072014e-308)
_DBL_MIN = 2.2250738585072014e-308
_MANT_DIG = 53
_SCALE_UP = 2 * (_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684


def _table(rows):
    return rows


def _kind(d):
    """special_type: 0 -inf, 1 negative, 2 -0.0, 3 +0.0, 4 positive, 5 +inf, 6 nan."""
    if _math.isfinite(d):
        if d != 0:
            return 4 if _math.copysign(1., d) == 1. else 1
        return 3 if _math.copysign(1., d) == 1. else 2
    if _math.isnan(d):
        return 6
    return 5 if d > 0 else 0


def _special(table, x, y):
    cell = table[_kind(x)][_kind(y)]
    if cell == _EDOM:
        raise ValueError('math domain error')
    return cell


_acos_special = _table([
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), None, None, None, None, (P12, -INF), (N, N)],
    [(P12, INF), None, None, None, None, (P12, -INF), (P12, N)],
    [(P12, INF), None, None, None, None, (P12, -INF), (P12, N)],
    [(P12, INF), None, None, None, None, (P12, -INF), (N, N)],
    [(P14, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
])

_acosh_special = _table([
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
])

_asinh_special = _table([
    [(-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P14), (-INF, N)],
    [(-INF, -P12), None, None, None, None, (-INF, P12), (N, N)],
    [(-INF, -P12), None, None, None, None, (-INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
])

_atanh_special = _table([
    [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
    [(-0.0, -P12), None, None, None, None, (-0.0, P12), (N, N)],
    [(-0.0, -P12), None, None, None, None, (-0.0, P12), (-0.0, N)],
    [(0.0, -P12), None, None, None, None, (0.0, P12), (0.0, N)],
    [(0.0, -P12), None, None, None, None, (0.0, P12), (N, N)],
    [(0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
])

_cosh_special = _table([
    [_EDOM, (-INF, INF), (INF, 0.0), (INF, -0.0), (-INF, -INF), _EDOM, (INF, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, 0.0)],
    [_EDOM, None, None, None, None, _EDOM, (N, 0.0)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), _EDOM, (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
])

_exp_special = _table([
    [(0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (0.0, 0.0), (0.0, 0.0)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), _EDOM, (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
])

_log_special = _table([
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P12), None, None, None, None, (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
])

_sinh_special = _table([
    [_EDOM, (INF, -INF), (-INF, -0.0), (-INF, 0.0), (INF, INF), _EDOM, (INF, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (0.0, N)],
    [_EDOM, None, None, None, None, _EDOM, (0.0, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), _EDOM, (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
])

_sqrt_special = _table([
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), None, None, None, None, (INF, INF), (N, N)],
    [(INF, -INF), None, None, None, None, (INF, INF), (N, N)],
    [(INF, -INF), None, None, None, None, (INF, INF), (N, N)],
    [(INF, -INF), None, None, None, None, (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
])

_tanh_special = _table([
    [(-1.0, 0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, 0.0)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [(1.0, 0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
])

_rect_special = _table([
    [_EDOM, (INF, INF), (-INF, 0.0), (-INF, -0.0), (INF, -INF), _EDOM, (INF, N)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [(0.0, 0.0), None, None, None, None, (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), None, None, None, None, (0.0, 0.0), (0.0, 0.0)],
    [_EDOM, None, None, None, None, _EDOM, (N, N)],
    [_EDOM, (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), _EDOM, (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
])


def _complex(z):
    """The argument as a complex, as the Py_complex converter takes it."""
    if isinstance(z, complex):
        return z
    t = type(z)
    if hasattr(t, '__complex__'):
        c = z.__complex__()
        if not isinstance(c, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(c).__name__})")
        return c
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError(f"must be real number, not {t.__name__}")


def _real(x):
    if isinstance(x, float):
        return x
    t = type(x)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError(f"must be real number, not {t.__name__}")


def _finite(x, y):
    return _math.isfinite(x) and _math.isfinite(y)


def _sqrt(x, y):
    if not _finite(x, y):
        return _special(_sqrt_special, x, y)
    if x == 0. and y == 0.:
        return 0., y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _math.ldexp(ax, _SCALE_UP)
        s = _math.ldexp(_math.sqrt(ax + _math.hypot(ax, _math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.
        s = 2. * _math.sqrt(ax + _math.hypot(ax, ay / 8.))
    d = ay / (2. * s)
    if x >= 0.:
        return s, _math.copysign(d, y)
    return d, _math.copysign(s, y)


def _acos(x, y):
    if not _finite(x, y):
        return _special(_acos_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        rr = _math.atan2(abs(y), x)
        ri = -_math.copysign(_math.log(_math.hypot(x / 2., y / 2.)) + _LN2 * 2., y)
        return rr, ri
    s1r, s1i = _sqrt(1. - x, -y)
    s2r, s2i = _sqrt(1. + x, y)
    return 2. * _math.atan2(s1r, s2r), _math.asinh(s2r * s1i - s2i * s1r)


def _acosh(x, y):
    if not _finite(x, y):
        return _special(_acosh_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        return _math.log(_math.hypot(x / 2., y / 2.)) + _LN2 * 2., _math.atan2(y, x)
    s1r, s1i = _sqrt(x - 1., y)
    s2r, s2i = _sqrt(x + 1., y)
    return _math.asinh(s1r * s2r + s1i * s2i), 2. * _math.atan2(s1i, s2r)


def _asinh(x, y):
    if not _finite(x, y):
        return _special(_asinh_special, x, y)
    if abs(x) > _LARGE_DOUBLE or abs(y) > _LARGE_DOUBLE:
        if y >= 0.:
            rr = _math.copysign(_math.log(_math.hypot(x / 2., y / 2.)) + _LN2 * 2., x)
        else:
            rr = -_math.copysign(_math.log(_math.hypot(x / 2., y / 2.)) + _LN2 * 2., -x)
        return rr, _math.atan2(y, abs(x))
    s1r, s1i = _sqrt(1. + y, -x)
    s2r, s2i = _sqrt(1. - y, x)
    return _math.asinh(s1r * s2i - s2r * s1i), _math.atan2(y, s1r * s2r - s1i * s2i)


def _asin(x, y):
    sr, si = _asinh(-y, x)
    return si, -sr


def _atanh(x, y):
    if not _finite(x, y):
        return _special(_atanh_special, x, y)
    if x < 0.:
        rr, ri = _atanh(-x, -y)
        return -rr, -ri
    ay = abs(y)
    if x > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
        h = _math.hypot(x / 2., y / 2.)
        return x / 4. / h / h, _math.copysign(pi / 2., y)
    if x == 1. and ay < _SQRT_DBL_MIN:
        if ay == 0.:
            raise ValueError('math domain error')
        return (-_math.log(_math.sqrt(ay) / _math.sqrt(_math.hypot(ay, 2.))),
                _math.copysign(_math.atan2(2., -ay) / 2, y))
    return (_math.log1p(4. * x / ((1 - x) * (1 - x) + ay * ay)) / 4.,
            -_math.atan2(-2. * y, (1 - x) * (1 + x) - ay * ay) / 2.)


def _atan(x, y):
    sr, si = _atanh(-y, x)
    return si, -sr


def _infinite_real(x, y):
    """Whether the argument is +-inf with a finite nonzero imaginary part (computed, not tabled)."""
    return _math.isinf(x) and _math.isfinite(y) and y != 0.


def _cosh(x, y):
    if not _finite(x, y):
        if _infinite_real(x, y):
            r = (_math.copysign(INF, _math.cos(y)),
                 _math.copysign(INF, _math.sin(y)) if x > 0 else -_math.copysign(INF, _math.sin(y)))
        else:
            r = _cosh_special[_kind(x)][_kind(y)]
        if _math.isinf(y) and not _math.isnan(x):
            raise ValueError('math domain error')
        return r
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - _math.copysign(1., x)
        r = _math.cos(y) * _math.cosh(x1) * e, _math.sin(y) * _math.sinh(x1) * e
    else:
        r = _math.cos(y) * _math.cosh(x), _math.sin(y) * _math.sinh(x)
    if _math.isinf(r[0]) or _math.isinf(r[1]):
        raise OverflowError('math range error')
    return r


def _cos(x, y):
    return _cosh(-y, x)


def _sinh(x, y):
    if not _finite(x, y):
        if _infinite_real(x, y):
            if x > 0:
                r = _math.copysign(INF, _math.cos(y)), _math.copysign(INF, _math.sin(y))
            else:
                r = -_math.copysign(INF, _math.cos(y)), _math.copysign(INF, _math.sin(y))
        else:
            r = _sinh_special[_kind(x)][_kind(y)]
        if _math.isinf(y) and not _math.isnan(x):
            raise ValueError('math domain error')
        return r
    if abs(x) > _LOG_LARGE_DOUBLE:
        x1 = x - _math.copysign(1., x)
        r = _math.cos(y) * _math.sinh(x1) * e, _math.sin(y) * _math.cosh(x1) * e
    else:
        r = _math.cos(y) * _math.sinh(x), _math.sin(y) * _math.cosh(x)
    if _math.isinf(r[0]) or _math.isinf(r[1]):
        raise OverflowError('math range error')
    return r


def _sin(x, y):
    sr, si = _sinh(-y, x)
    return si, -sr


def _tanh(x, y):
    if not _finite(x, y):
        if _infinite_real(x, y):
            r = (1.0 if x > 0 else -1.0), _math.copysign(0., 2. * _math.sin(y) * _math.cos(y))
        else:
            r = _tanh_special[_kind(x)][_kind(y)]
        if _math.isinf(y) and _math.isfinite(x):
            raise ValueError('math domain error')
        return r
    if abs(x) > _LOG_LARGE_DOUBLE:
        return _math.copysign(1., x), 4. * _math.sin(y) * _math.cos(y) * _math.exp(-2. * abs(x))
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1. / _math.cosh(x)
    txty = tx * ty
    denom = 1. + txty * txty
    return tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx


def _tan(x, y):
    sr, si = _tanh(-y, x)
    return si, -sr


def _exp(x, y):
    if not _finite(x, y):
        if _infinite_real(x, y):
            if x > 0:
                r = _math.copysign(INF, _math.cos(y)), _math.copysign(INF, _math.sin(y))
            else:
                r = _math.copysign(0., _math.cos(y)), _math.copysign(0., _math.sin(y))
        else:
            r = _exp_special[_kind(x)][_kind(y)]
        if _math.isinf(y) and (_math.isfinite(x) or (_math.isinf(x) and x > 0)):
            raise ValueError('math domain error')
        return r
    if x > _LOG_LARGE_DOUBLE:
        l = _math.exp(x - 1.)
        r = l * _math.cos(y) * e, l * _math.sin(y) * e
    else:
        l = _math.exp(x)
        r = l * _math.cos(y), l * _math.sin(y)
    if _math.isinf(r[0]) or _math.isinf(r[1]):
        raise OverflowError('math range error')
    return r


def _log(x, y):
    """c_log: the result, and whether it is an error (log of zero) to report after a division."""
    if not _finite(x, y):
        cell = _log_special[_kind(x)][_kind(y)]
        if cell == _EDOM:
            return (-INF, _math.atan2(y, x)), True
        return cell, False
    ax, ay = abs(x), abs(y)
    if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
        rr = _math.log(_math.hypot(ax / 2., ay / 2.)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0. or ay > 0.:
            rr = (_math.log(_math.hypot(_math.ldexp(ax, _MANT_DIG), _math.ldexp(ay, _MANT_DIG)))
                  - _MANT_DIG * _LN2)
        else:
            return (-INF, _math.atan2(y, x)), True
    else:
        h = _math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            rr = _math.log1p((am - 1) * (am + 1) + an * an) / 2.
        else:
            rr = _math.log(h)
    return (rr, _math.atan2(y, x)), False


def _one(name, f):
    def function(z, /):
        c = _complex(z)
        r = f(c.real, c.imag)
        return complex(r[0], r[1])
    function.__name__ = function.__qualname__ = name
    return function


acos = _one('acos', _acos)
acosh = _one('acosh', _acosh)
asin = _one('asin', _asin)
asinh = _one('asinh', _asinh)
atan = _one('atan', _atan)
atanh = _one('atanh', _atanh)
cos = _one('cos', _cos)
cosh = _one('cosh', _cosh)
exp = _one('exp', _exp)
sin = _one('sin', _sin)
sinh = _one('sinh', _sinh)
sqrt = _one('sqrt', _sqrt)
tan = _one('tan', _tan)
tanh = _one('tanh', _tanh)


def log(z, base=None, /):
    c = _complex(z)
    (rr, ri), failed = _log(c.real, c.imag)
    r = complex(rr, ri)
    if base is not None:
        b = _complex(base)
        # CPython's c_log of the base clears the first one's errno: only the base's error counts
        (br, bi), failed = _log(b.real, b.imag)
        r = r / complex(br, bi)
    if failed:
        raise ValueError('math domain error')
    return r


def log10(z, /):
    c = _complex(z)
    (rr, ri), failed = _log(c.real, c.imag)
    if failed:
        raise ValueError('math domain error')
    return complex(rr / _LN10, ri / _LN10)


def phase(z, /):
    c = _complex(z)
    return _math.atan2(c.imag, c.real)


def polar(z, /):
    c = _complex(z)
    phi = _math.atan2(c.imag, c.real)
    if _math.isinf(c.real) or _math.isinf(c.imag):
        return inf, phi
    if _math.isnan(c.real) or _math.isnan(c.imag):
        return nan, phi
    r = _math.hypot(c.real, c.imag)
    if _math.isinf(r):
        raise OverflowError('math range error')
    return r, phi


def rect(r, phi, /):
    r, phi = _real(r), _real(phi)
    if not _finite(r, phi):
        if _math.isinf(r) and _math.isfinite(phi) and phi != 0.:
            if r > 0:
                z = _math.copysign(INF, _math.cos(phi)), _math.copysign(INF, _math.sin(phi))
            else:
                z = -_math.copysign(INF, _math.cos(phi)), -_math.copysign(INF, _math.sin(phi))
        else:
            z = _rect_special[_kind(r)][_kind(phi)]
        if r != 0. and not _math.isnan(r) and _math.isinf(phi):
            raise ValueError('math domain error')
        return complex(z[0], z[1])
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def isfinite(z, /):
    c = _complex(z)
    return _math.isfinite(c.real) and _math.isfinite(c.imag)


def isnan(z, /):
    c = _complex(z)
    return _math.isnan(c.real) or _math.isnan(c.imag)


def isinf(z, /):
    c = _complex(z)
    return _math.isinf(c.real) or _math.isinf(c.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _complex(a), _complex(b)
    rel_tol, abs_tol = _real(rel_tol), _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a.real == b.real and a.imag == b.imag:
        return True
    if _math.isinf(a.real) or _math.isinf(a.imag) or _math.isinf(b.real) or _math.isinf(b.imag):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or diff <= abs_tol)


del _one


# Frames that CPython runs in C leave no traceback entry: cmath is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c

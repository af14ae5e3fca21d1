"""Basic statistics of numeric data: averages (mean, fmean, geometric_mean, harmonic_mean,
median, median_low, median_high, median_grouped, mode, multimode), spread (pvariance,
variance, pstdev, stdev), quantiles, covariance, correlation and linear_regression, and
NormalDist (a normal distribution: pdf, cdf, its inverse, overlap, arithmetic).

mean, the variances and the standard deviations compute exactly, on ratios of integers (CPython
uses fractions.Fraction; here a small private rational type), and round once at the end, so
their floats are CPython's bit for bit. Data may be int, bool, float, Fraction or Decimal: a
result has the data's type (Fraction exactly, Decimal divided in the current context).
"""

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'NormalDist']

import math
import sys
from math import fsum, sqrt, exp, log, gcd, erf, fabs, hypot, tau
from collections import Counter, namedtuple


class StatisticsError(ValueError):
    pass


class _Rational:
    """An exact ratio of two ints, denominator > 0, in lowest terms: the arithmetic the exact
    functions need (CPython's Fraction would do; this is its small part)."""
    __slots__ = ('numerator', 'denominator')

    def __init__(self, numerator, denominator=1):
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        g = gcd(numerator, denominator)
        if g > 1:
            numerator //= g
            denominator //= g
        self.numerator = numerator
        self.denominator = denominator

    # With a float operand the result is a float, as with Fraction.

    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        other = _as_rational(other)
        return _Rational(self.numerator * other.denominator + other.numerator * self.denominator,
                         self.denominator * other.denominator)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        other = _as_rational(other)
        return _Rational(self.numerator * other.denominator - other.numerator * self.denominator,
                         self.denominator * other.denominator)

    def __rsub__(self, other):
        if isinstance(other, float):
            return other - float(self)
        return _as_rational(other) - self

    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        other = _as_rational(other)
        return _Rational(self.numerator * other.numerator, self.denominator * other.denominator)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, float):
            return float(self) / other
        other = _as_rational(other)
        if other.numerator == 0:
            raise ZeroDivisionError('division by zero')
        return _Rational(self.numerator * other.denominator, self.denominator * other.numerator)

    def __rtruediv__(self, other):
        if isinstance(other, float):
            return other / float(self)
        return _as_rational(other) / self

    def __le__(self, other):
        if isinstance(other, float):
            return float(self) <= other
        other = _as_rational(other)
        return self.numerator * other.denominator <= other.numerator * self.denominator

    def __float__(self):
        # int / int is correctly rounded
        return self.numerator / self.denominator


def _as_rational(x):
    if isinstance(x, _Rational):
        return x
    if isinstance(x, int):
        return _Rational(int(x))
    raise TypeError(f"unsupported operand type for exact arithmetic: '{type(x).__name__}'")


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The type a result of data of types T and S is given (int only where all are int)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(result type, exact sum, count) of data; the sum is a _Rational, or a float when some
    value is infinite or NaN (then the values' float sum), or 0 for no data."""
    count = 0
    types = set()
    partials = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = 0
        for d, n in partials.items():
            total = _Rational(n, d) + total
    return (_result_type(types), total, count)


def _squared_deviations(data, c):
    for x in data:
        d = x - c
        yield d * d


def _ss(data, c=None):
    """(result type, sum of squared deviations, mean, count) of data, exactly; with c, the
    deviations are taken from c in the data's own arithmetic."""
    if c is not None:
        T, ssd, count = _sum(_squared_deviations(data, c))
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        types.add(type(x))
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = _Rational(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _Rational(0)
        for d, n in sx_partials.items():
            sx = sx + _Rational(n, d)
        sxx = _Rational(0)
        for d, n in sxx_partials.items():
            sxx = sxx + _Rational(n, d * d)
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """An exact result as type T (as float when T is int-like and value not integral); a type
    that cannot take a ratio (Decimal) gets its numerator divided by its denominator."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if isinstance(value, _Rational):
        if issubclass(T, int):
            return T(value.numerator)
        if issubclass(T, float):
            return T(float(value))
        from fractions import Fraction
        value = Fraction(value.numerator, value.denominator)
    try:
        return T(value)
    except TypeError:
        from decimal import Decimal
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m as a Decimal of the current context, correctly rounded: the
    context's root of the quotient, moved one step up or down when the exact value lies past
    the midpoint to that neighbour."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    for neighbour, above in ((root.next_plus(), True), (root.next_minus(), False)):
        nn, nd = neighbour.as_integer_ratio()
        # the midpoint (root + neighbour) / 2, squared, against n / m, in integers
        lhs = 4 * n * (rd * nd) ** 2
        rhs = m * (rd * nn + nd * rn) ** 2
        if (lhs > rhs) if above else (lhs < rhs):
            return neighbour
    return root


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    """The square root of n/m as an int, rounded to odd."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


# bits kept before the final rounding: twice the float's precision plus 3
_sqrt_bit_width = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _numerator_denominator(x):
    # a non-finite sum is a float, which has neither (CPython then fails the same way)
    if not isinstance(x, _Rational):
        raise AttributeError(f"'{type(x).__name__}' object has no attribute 'numerator'")
    return x.numerator, x.denominator


def mean(data):
    """The arithmetic mean, exactly rounded; an int for int data when exact."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean as a float (by math.fsum), optionally weighted."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def count(iterable):
            nonlocal n
            for i, x in enumerate(iterable, start=1):
                n = i
                yield x
        data = count(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(_mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def _mul(a, b):
    return a * b


def geometric_mean(data):
    """The geometric mean, as exp of the mean of the logarithms (floats)."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (the reciprocal of the mean of the reciprocals), optionally weighted;
    0 when a value is 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def _bisect_left(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval (each value a bin's midpoint),
    interpolated within the median's bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = _bisect_left(data, x, 0, n)
    j = _bisect_right(data, x, i, n)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first met among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """The most common values, in the order first met ([] for no data)."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n groups of equal probability, interpolated
    linearly; 'exclusive' treats data as a sample, 'inclusive' as the population (its minimum
    and maximum the 0th and 100th percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator), exactly rounded; xbar, if given, is taken
    as the mean."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator), exactly rounded; mu, if given, is taken
    as the mean."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    num, den = _numerator_denominator(ss / (n - 1))
    return _sqrt_of_frac(num, den, T)


def _sqrt_of_frac(num, den, T):
    from decimal import Decimal
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(num, den)
    return _float_sqrt_of_frac(num, den)


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    num, den = _numerator_denominator(ss / n)
    return _sqrt_of_frac(num, den, T)


def covariance(x, y, /):
    """The sample covariance of x and y (floats, by math.fsum)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum(_squared_deviations(x, xbar))
    syy = fsum(_squared_deviations(y, ybar))
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """(slope, intercept) of the least-squares line through the points (x, y); with
    proportional=True, the line through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum(_squared_deviations(x, xbar))
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------- the normal distribution

# Wichura's algorithm AS241 (PPND16, Applied Statistics 37, 1988): the inverse of the standard
# normal CDF by rational approximations in three ranges of p, each a ratio of two polynomials of
# degree 7 (coefficients from the highest power down).
_PPND16_CENTRAL = (
    (2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
     13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665),
    (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
     5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0))
_PPND16_NEAR = (
    (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
     3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835),
    (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457, 0.14810397642748008,
     0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0))
_PPND16_TAIL = (
    (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784, 0.026532189526576124,
     0.29656057182850487, 1.7848265399172913, 5.463784911164114, 6.657904643501103),
    (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05, 0.0007868691311456133,
     0.014875361290850615, 0.1369298809227358, 0.599832206555888, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _PPND16_CENTRAL
        return mu + (_horner(num, r) * q / _horner(den, r)) * sigma
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        num, den = _PPND16_NEAR
    else:
        r -= 5.0
        num, den = _PPND16_TAIL
    x = _horner(num, r) / _horner(den, r)
    return mu + ((-x if q < 0.0 else x) * sigma)


class NormalDist:
    """A normal distribution of a random variable: its mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the samples' mean and sample standard deviation."""
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        """n random samples (random.gauss; a Random of its own when seeded)."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density function at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x where the cdf is p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area the two density functions share."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):  # the same answer either way round
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """The sum of two independent variables, or the distribution shifted by a constant."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """The difference of two independent variables, or the distribution shifted by a constant."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """The distribution scaled by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """The distribution divided by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


_SQRT2 = sqrt(2.0)

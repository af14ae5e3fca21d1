# Lab measurements through statistics: mean/fmean/geometric/harmonic means, median kinds, mode and
# multimode, stdev/pstdev/variance on ints, floats, Fractions and Decimals, quantiles by both
# methods, correlation/covariance/linear_regression, NormalDist, and StatisticsError messages.
import statistics as st
from fractions import Fraction
from decimal import Decimal

temps = [36.6, 37.1, 36.9, 38.2, 36.6, 37.4, 36.8, 39.0, 36.6, 37.0]
print(st.mean(temps), st.fmean(temps), st.median(temps), st.median_low(temps), st.median_high(temps))
print(st.mode(temps), st.multimode("aabbbccccdd"), st.multimode([1, 1, 2, 2]), st.mode(["x", "y", "y"]))
print(round(st.stdev(temps), 10), round(st.pstdev(temps), 10), round(st.variance(temps), 10), round(st.pvariance(temps), 10))
counts = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(counts), st.pvariance(counts), st.pstdev(counts), st.variance(counts), st.stdev(counts), st.median(counts))
fr = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 8)]
print(st.mean(fr), st.variance(fr), st.median(fr), st.pvariance(fr))
dec = [Decimal("1.5"), Decimal("2.25"), Decimal("3.125")]
print(st.mean(dec), st.variance(dec), st.stdev(dec), st.median(dec))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), round(st.geometric_mean([54, 24, 36]), 9))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
data = list(range(1, 21))
print(st.quantiles(data, n=4), st.quantiles(data, n=4, method="inclusive"), st.quantiles(temps, n=10)[:3])
x = [1, 2, 3, 4, 5, 6]
y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]
print(round(st.correlation(x, y), 12), round(st.covariance(x, y), 12))
lr = st.linear_regression(x, y)
print(type(lr).__name__, round(lr.slope, 12), round(lr.intercept, 12), lr._fields)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), round(nd.inv_cdf(0.975), 9))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), round(nd.overlap(st.NormalDist(110, 15)), 12), [round(q, 6) for q in nd.quantiles(4)])
fit = st.NormalDist.from_samples(temps)
print(round(fit.mean, 12), round(fit.stdev, 12), round(fit.zscore(38.0), 10), nd == st.NormalDist(100, 15))
for f, arg in [(st.mean, []), (st.stdev, [1]), (st.variance, [3]), (st.mode, []), (st.harmonic_mean, [1, -1]), (st.geometric_mean, [1, 0]),
               (st.quantiles, [1]), (st.correlation, ([1, 2], [3])), (st.correlation, ([1, 1, 1], [1, 2, 3])), (st.median, [])]:
    try:
        r = f(*arg) if isinstance(arg, tuple) else f(arg)
        print(f.__name__, "->", r)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("NormalDist:", e)
try:
    st.quantiles(data, n=0)
except st.StatisticsError as e:
    print("quantiles:", e)
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

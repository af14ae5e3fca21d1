# statistics as an analysis script uses it: mean/fmean (weights)/geometric_mean/harmonic_mean
# (weights), median_low/high/grouped, mode/multimode, pstdev/stdev/variance with fractions and
# decimals, quantiles in both methods, NormalDist (from_samples, cdf/inv_cdf, overlap, zscore,
# arithmetic, samples with a seed), covariance, correlation, linear_regression (proportional),
# and StatisticsError messages.
import statistics as st
from decimal import Decimal
from fractions import Fraction

heights = [162.5, 170.0, 158.3, 181.2, 175.4, 166.0, 172.8, 169.1]
weights = [55.0, 68.2, 52.1, 84.0, 74.3, 60.5, 70.0, 65.5]
print(st.mean(heights), st.fmean(heights), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(heights), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]),
      st.median_grouped([52, 52, 53, 54], interval=1))
print(st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]), st.mode([3, 1, 3, 1]))
print(st.pstdev(heights), st.stdev(heights), st.variance(heights), st.pvariance(heights, mu=170))
print(st.variance([Fraction(1, 2), Fraction(3, 4), 1]), st.stdev([Decimal('1.5'), Decimal('2.5'), Decimal('2.0')]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('0.1'), Decimal('0.2')]))
data = list(range(1, 21))
print(st.quantiles(data), st.quantiles(data, n=10), st.quantiles(data, n=4, method='inclusive'))
print(st.quantiles([1.5, 2.5], n=3))
print(st.covariance(heights, weights), st.correlation(heights, weights))
lr = st.linear_regression(heights, weights)
print(lr, round(lr.slope * 175 + lr.intercept, 3))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))

nd = st.NormalDist.from_samples(heights)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.cdf(170), nd.pdf(170), nd.inv_cdf(0.95), nd.zscore(181.2), nd.quantiles(4))
other = st.NormalDist(175, 8)
print(nd.overlap(other), nd + 10, nd * 2, nd - other, -nd, nd == st.NormalDist(nd.mean, nd.stdev))
print(st.NormalDist(0, 1).samples(3, seed=42), st.NormalDist().inv_cdf(0.5))
print(repr(st.NormalDist(1, 2)), st.NormalDist(1, 2) == 3)
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.quantiles([1]),
            lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 2], [1, 2, 3]),
            lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 1], [2, 3]),
            lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 1).inv_cdf(1.0),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]),
            lambda: st.fmean([1, 2], weights=[1]), lambda: st.NormalDist(1, 0).cdf(1)]:
    try:
        print(bad())
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))

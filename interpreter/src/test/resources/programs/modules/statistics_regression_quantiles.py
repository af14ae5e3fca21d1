# statistics on a small sales table: mean/fmean/geometric/harmonic means, median variants,
# mode/multimode, pstdev/stdev/variance, quantiles (exclusive and inclusive, n=4 and 10),
# covariance, correlation, linear_regression (and proportional=True), NormalDist from samples
# with overlap, zscore and inv_cdf, plus the StatisticsError messages.
import statistics as st
from fractions import Fraction
from decimal import Decimal

ads = [12, 15, 9, 20, 25, 18, 30, 22, 14, 27]
sales = [130, 155, 101, 198, 240, 182, 290, 215, 150, 262]
print(st.mean(ads), st.fmean(sales), round(st.geometric_mean(ads), 6), round(st.harmonic_mean(ads), 6))
print(st.median(ads), st.median_low(ads), st.median_high(ads), st.median_grouped(ads, interval=2))
print(st.mode([3, 1, 3, 2, 1, 3]), st.multimode("aabbbccccdd"), st.multimode([]))
print(round(st.pstdev(sales), 6), round(st.stdev(sales), 6), round(st.variance(ads), 6), st.pvariance(ads))
print(st.quantiles(sales), st.quantiles(sales, n=10, method="inclusive"))
print(round(st.covariance(ads, sales), 6), round(st.correlation(ads, sales), 9))
slope, intercept = st.linear_regression(ads, sales)
print(round(slope, 6), round(intercept, 6), round(slope * 40 + intercept, 2))
print(st.linear_regression(ads, sales, proportional=True))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.median([Decimal("1.5"), Decimal("2.5"), Decimal("9")]),
      st.variance([Fraction(1), Fraction(2), Fraction(4)]))
nd = st.NormalDist.from_samples(sales)
print(nd, round(nd.cdf(200), 6), round(nd.inv_cdf(0.9), 4), round(nd.zscore(250), 6))
other = st.NormalDist(220, 40)
print(round(nd.overlap(other), 6), nd + 10, nd * 2, [round(q, 3) for q in nd.quantiles(4)])
print(st.NormalDist(0, 1).pdf(0), st.NormalDist(5, 2).samples(3, seed=42))
for call in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.correlation([1, 2], [3]),
             lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.quantiles([1], n=4),
             lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 0]),
             lambda: st.linear_regression([1, 1], [2, 3]), lambda: st.NormalDist(0, -1)):
    try:
        print(call())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.quantiles([1, 2], n=4), st.fmean([1, 2, 3], weights=[3, 2, 1]))
st.median([])

# Sales statistics with a seeded random generator: choices with weights, sample, shuffle, gauss, triangular; statistics mean/median/mode/multimode/stdev/pvariance/quantiles/correlation/covariance/linear_regression/NormalDist, and their errors.
import random
import statistics as st
from fractions import Fraction
from decimal import Decimal

rng = random.Random(2024)
products = ["tea", "coffee", "cocoa", "juice"]
basket = rng.choices(products, weights=[5, 8, 1, 3], k=20)
print(basket)
print(rng.sample(range(100), 6), rng.sample(products, k=2, counts=[1, 1, 1, 9]) if False else rng.sample(products, 2))
deck = list(range(10)); rng.shuffle(deck); print(deck)
print([round(rng.gauss(100, 15), 3) for _ in range(4)], round(rng.triangular(0, 10, 8), 4))
print(rng.randint(1, 6), rng.randrange(0, 100, 5), round(rng.uniform(-1, 1), 6), rng.getrandbits(20))
print(round(rng.expovariate(0.5), 5), round(rng.betavariate(2, 3), 5), round(rng.lognormvariate(0, 1), 5))
print(rng.choice("abcdef"), rng.randbytes(4).hex(), round(rng.vonmisesvariate(1, 2), 5))
state = rng.getstate(); a = rng.random(); rng.setstate(state); print(a == rng.random())
random.seed("fixed string"); print(random.random())
random.seed(12345); print(random.sample(products, k=4), random.choices(products, cum_weights=[1, 2, 3, 4], k=3))

monthly = [120, 135, 128, 150, 160, 158, 170, 182, 175, 190, 205, 210]
months = list(range(1, 13))
print(st.mean(monthly), st.fmean(monthly), st.median(monthly), st.median_low(monthly), st.median_high(monthly))
print(st.mode([1, 2, 2, 3, 3]), st.multimode("aabbbccc"), st.median_grouped([1, 2, 2, 3, 4], interval=1))
print(round(st.stdev(monthly), 6), round(st.pstdev(monthly), 6), round(st.variance(monthly), 4), st.pvariance([1, 2, 3, 4]))
print(st.quantiles(monthly, n=4), st.quantiles(monthly, n=10, method="inclusive"))
print(round(st.correlation(months, monthly), 6), round(st.covariance(months, monthly), 4))
slope, intercept = st.linear_regression(months, monthly)
print(round(slope, 6), round(intercept, 6), "forecast 13:", round(slope * 13 + intercept, 2))
print(st.linear_regression(months, monthly, proportional=True))
print(st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean([Decimal("1.10"), Decimal("2.25")]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
nd = st.NormalDist.from_samples(monthly)
print(nd, round(nd.cdf(200), 6), round(nd.inv_cdf(0.9), 4), round(nd.pdf(160), 8))
iq = st.NormalDist(100, 15)
print(round(iq.overlap(st.NormalDist(110, 10)), 6), [round(x, 3) for x in iq.quantiles()], round(iq.zscore(130), 3))
print(iq + 5, iq * 2, iq - st.NormalDist(10, 20))
for call in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.correlation([1, 2], [3]),
             lambda: st.correlation([1, 1], [2, 3]), lambda: st.quantiles([1], n=4), lambda: st.geometric_mean([-1, 2]),
             lambda: st.harmonic_mean([-1]), lambda: st.NormalDist(0, -1), lambda: st.linear_regression([1, 1], [2, 3])):
    try:
        call()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
try:
    rng.choices(products, weights=[1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    rng.sample(products, 9)
except ValueError as e:
    print("ValueError:", e)
rng.randrange(10, 2)

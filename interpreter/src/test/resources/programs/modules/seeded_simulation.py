# A seeded Monte-Carlo simulation and survey statistics: random with a seed (randint, choice,
# choices with weights and cum_weights, sample, shuffle, gauss, uniform, triangular, expovariate,
# betavariate, getrandbits, randbytes, state save/restore), then statistics over the results
# (mean, fmean, geometric_mean, median variants, mode/multimode, stdev/variance, quantiles,
# correlation, covariance, linear_regression, NormalDist).
import random, statistics
from collections import Counter

rng = random.Random(2024)
print(rng.randint(1, 6), rng.randrange(0, 100, 5), rng.choice("ABCDE"), round(rng.random(), 12))
queue = [rng.expovariate(1 / 3) for _ in range(5)]
print([round(x, 6) for x in queue])
print(rng.choices(["red", "green", "blue"], weights=[5, 3, 2], k=8))
print(rng.choices(range(4), cum_weights=[1, 2, 10, 11], k=6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:7], rng.sample(deck, 3), rng.sample(range(1000), k=4))
state = rng.getstate()
a = [rng.gauss(100, 15) for _ in range(3)]
rng.setstate(state)
b = [rng.gauss(100, 15) for _ in range(3)]
print(a == b, [round(x, 6) for x in a])
print(round(rng.uniform(1, 2), 9), round(rng.triangular(0, 10, 2), 9), round(rng.betavariate(2, 5), 9),
      round(rng.normalvariate(0, 1), 9), round(rng.lognormvariate(0, 0.5), 9), round(rng.vonmisesvariate(1, 2), 9))
print(rng.getrandbits(70), rng.randbytes(6).hex(), round(rng.paretovariate(3), 9), round(rng.weibullvariate(1, 1.5), 9),
      round(rng.gammavariate(2, 2), 9))
random.seed("survey", version=2)
print(random.random(), random.randint(0, 10**12))

def simulate_day(r, tellers=2, minutes=240):
    waits, free = [], [0.0] * tellers
    t = 0.0
    while True:
        t += r.expovariate(1 / 2.5)
        if t > minutes:
            break
        i = min(range(tellers), key=free.__getitem__)
        start = max(t, free[i])
        waits.append(start - t)
        free[i] = start + r.uniform(2, 7)
    return waits

r = random.Random(7)
days = [simulate_day(r) for _ in range(20)]
avg = [statistics.fmean(d) for d in days]
print(len(days[0]), round(statistics.mean(avg), 6), round(statistics.median(avg), 6), round(statistics.stdev(avg), 6))
scores = [r.randint(1, 5) for _ in range(40)]
print(Counter(scores).most_common(), statistics.mode(scores), statistics.multimode(scores))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3, 4], interval=1))
print(statistics.variance(scores), statistics.pvariance(scores), round(statistics.geometric_mean([1, 2, 4, 8]), 12), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.quantiles(scores, n=10), statistics.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"))
hours = [2, 3, 5, 7, 8, 10, 11, 13]
marks = [52, 55, 61, 68, 70, 79, 83, 90]
print(round(statistics.correlation(hours, marks), 12), round(statistics.covariance(hours, marks), 12))
fit = statistics.linear_regression(hours, marks)
print(fit, round(fit.slope * 6 + fit.intercept, 6))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = statistics.NormalDist.from_samples(marks)
print(nd, round(nd.cdf(80), 9), round(nd.inv_cdf(0.9), 9), [round(x, 6) for x in nd.quantiles(4)], round(nd.overlap(statistics.NormalDist(70, 10)), 9))
print(statistics.NormalDist(0, 1) + 2, statistics.NormalDist(5, 2) * 3, round(nd.zscore(90), 9))
for bad in ([], [1]):
    try:
        statistics.stdev(bad)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.correlation([1, 1, 1], [1, 2, 3])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    rng.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    rng.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
print(statistics.mean([1, 2, 3, 4.5]), type(statistics.mean([1, 2])).__name__, statistics.median([]) if False else "ok")
statistics.mean([])

# Learner: statistics over a data set and bisect for grading and insertion.
import statistics as st, bisect
scores = [88, 92, 79, 93, 85, 70, 65, 92, 100, 58, 77, 92, 85]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode(scores), st.multimode([1, 1, 2, 2, 3]), st.stdev(scores), st.pstdev(scores), st.variance(scores), st.pvariance(scores))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=10, method="inclusive"), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]), st.harmonic_mean([1, 2, 4], weights=[1, 2, 4]))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 6), nd.mean, nd.stdev, round(nd.pdf(100), 8))
print(nd + 10, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6), st.NormalDist.from_samples([1, 2, 3, 4]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]), st.median([Fraction(1, 4), Fraction(3, 4)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in scores])
srt = sorted(scores)
print(bisect.bisect_left(srt, 92), bisect.bisect_right(srt, 92), bisect.bisect(srt, 0), bisect.bisect(srt, 1000))
bisect.insort(srt, 90); bisect.insort_left(srt, 92); print(srt)
people = [("ann", 31), ("bob", 25), ("cat", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect(ages, 31))
bisect.insort(people, ("dan", 33), key=lambda p: p[1]); print(people)

# A gradebook: zip(strict=True), rounding half to even, sorted with several keys, statistics per student.
import statistics
from datetime import date, datetime
from decimal import Decimal

names = ["ann", "bob", "cy", "di"]
scores = [[88, 92, 79], [75, 85, 95], [92, 92, 92], [60, 70, 65.5]]
weights = [0.3, 0.3, 0.4]
book = {}
for name, marks in zip(names, scores, strict=True):
    weighted = sum(m * w for m, w in zip(marks, weights, strict=True))
    book[name] = {"marks": marks, "mean": statistics.fmean(marks), "weighted": weighted,
                  "median": statistics.median(marks), "spread": max(marks) - min(marks)}
ranking = sorted(book.items(), key=lambda kv: (-round(kv[1]["weighted"]), kv[0]))
for pos, (name, rec) in enumerate(ranking, 1):
    print(f"{pos}. {name:<4} mean={rec['mean']:6.2f} weighted={rec['weighted']:6.2f} median={rec['median']} spread={rec['spread']}")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, 2.675 * 100)], round(2.675, 2), round(Decimal("2.675"), 2), round(-1.25, 1))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
d = date(2024, 6, 1)
dt = datetime(2024, 6, 1, 9, 5, 3)
print(f"{d:%d.%m.%Y} {dt:%H:%M} {d!r} {d!s:>12} {dt:} {format(d, '')} {Decimal('3.14159'):.2f} {Decimal('1e3'):f} {Decimal('-0.5'):+.1e}")
print(f"{Decimal('1234567.891'):,} {Decimal('0.000001234'):g} {Decimal('12'):08.3f} {Decimal('NaN'):>6} {Decimal('-Infinity')}")
print(statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median_low([3, 1, 2, 4]), statistics.median_high([3, 1, 2, 4]))
print(statistics.multimode("aabbbccccdddd"), statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
print(statistics.geometric_mean([54, 24, 36]), statistics.median_grouped([52, 52, 53, 54]), statistics.NormalDist(100, 15).cdf(130))

# statistics.mean and median: exact for ints where possible, the middle pair's mean for an even
# count; an empty input is a StatisticsError.
import statistics

print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([0.5, 1.5]))
print(statistics.median([3, 1, 2]), statistics.median([4, 1, 3, 2]), statistics.median([1, 3]))
print(statistics.mean(range(101)), statistics.median(range(10)), statistics.mean([2.5, 3, 4]))
print(type(statistics.mean([1, 2, 3])).__name__, type(statistics.mean([1, 2])).__name__)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.median([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

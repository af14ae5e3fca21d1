# How Statistic and StatisticDiff print sizes: B below 10 KiB, then KiB/MiB/GiB with one decimal
# below 100 units; the average only when count > 0.
import tracemalloc

tb = tracemalloc.Traceback((("prog.py", 7),))
print(tb, repr(tb))
for size, count in [(0, 0), (1, 1), (1023, 3), (10240, 10), (10239, 1), (102400, 7),
                    (5 * 1024 * 1024, 5), (3 * 1024 ** 3, 1)]:
    print(tracemalloc.Statistic(tb, size, count))
for size, diff, count, cdiff in [(1024, 1024, 1, 1), (0, -4096, 0, -2), (20000, -500, 3, 0)]:
    print(tracemalloc.StatisticDiff(tb, size, diff, count, cdiff))

# math module in loops: sqrt, sin, exp, log, hypot, floor, fsum, trigonometric series.
import math

total = 0.0
for i in range(1, 600000):
    x = i * 0.001
    total += math.sqrt(x) + math.sin(x) * math.cos(x) + math.exp(-x) + math.log(x)
    total += math.hypot(x, 1.0) - math.floor(x) + abs(x - 3.0)
vals = [math.sin(i) for i in range(200000)]
s = math.fsum(vals)
isum = 0
for i in range(300000):
    isum += int(math.sqrt(i)) + (i % 7) ** 2 + round(i / 3)
print("%.6f %.9f %d" % (total, s, isum))

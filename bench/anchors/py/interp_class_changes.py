# The inline caches' life while classes change: 1M iterations of two attribute loads and a method call on one
# class while another class's attribute is assigned each time (bench/README.md, issue 14). Prints seconds.
import time
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return self.x + self.y
class Counter:
    n = 0
def work(p, n):
    t = 0
    for i in range(n):
        Counter.n += 1
        t += p.x + p.y + p.norm1()
    return t
start = time.perf_counter()
work(Point(1, 2), 1_000_000)
print(round(time.perf_counter() - start, 3))

# list over-allocation while appending
import sys
l = []
last = sys.getsizeof(l)
print(0, last)
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if s != last:
        print(len(l), s)
        last = s
print(sys.getsizeof([0] * 10), sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))))

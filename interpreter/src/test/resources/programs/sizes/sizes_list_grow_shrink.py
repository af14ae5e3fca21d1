# list getsizeof as it grows by append and shrinks by pop.
import sys
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
sizes = []
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes)
l = [0] * 10
del l[2:8]
print(sys.getsizeof(l))
l.extend(range(30))
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))

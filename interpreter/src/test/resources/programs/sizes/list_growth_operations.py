# sys.getsizeof growth of a list under append, insert, pop and clear
import sys
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
for i in range(30):
    l.pop()
print(sys.getsizeof(l), len(l))
l.insert(0, 1)
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10))
print(sys.getsizeof([1, 2] + [3]), sys.getsizeof([1, 2, 3][:]), sys.getsizeof([*range(5)]))
l = [1] * 5
l *= 3
print(sys.getsizeof(l))
l.extend(range(7))
print(sys.getsizeof(l))

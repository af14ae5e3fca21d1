# gc.get_count()[0] as containers are made and freed, without a collection first
import gc
a = gc.get_count()[0]
l1 = [1]; l2 = [2]; l3 = [3]
b = gc.get_count()[0]
d1 = {"a": 1}; d2 = {"b": 2}
c = gc.get_count()[0]
t1 = (l1,); t2 = (l1, l2)
d = gc.get_count()[0]
del l1, l2, l3, d1, d2, t1, t2
e = gc.get_count()[0]
print(b - a, c - b, d - c, e - d)

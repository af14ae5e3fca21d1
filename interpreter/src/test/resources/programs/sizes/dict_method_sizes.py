# sys.getsizeof after popitem, setdefault, update and copy
import sys
d = dict.fromkeys("abcdefghij", 0)
print(sys.getsizeof(d))
while len(d) > 2:
    d.popitem()
print(sys.getsizeof(d), sys.getsizeof(d.copy()))
d.setdefault("z", 1)
print(sys.getsizeof(d))
d.update({str(i): i for i in range(20)})
print(sys.getsizeof(d), len(d))
e = {}
e.update(a=1)
print(sys.getsizeof(e), sys.getsizeof({}), sys.getsizeof(dict()))

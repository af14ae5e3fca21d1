# dict and set sizes as they grow
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print('dict', len(d), s); last = s
st = set()
last = sys.getsizeof(st)
print(0, last)
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != last:
        print('set', len(st), s); last = s
print(sys.getsizeof(frozenset(range(10))))

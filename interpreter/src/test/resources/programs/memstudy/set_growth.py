# Watching a set resize as items are added, and what discard/clear do.
import sys

s = set()
last = sys.getsizeof(s)
print("empty", last)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(f"after {len(s)} adds: {size}")
        last = size
for i in range(190):
    s.discard(i)
print("after discarding 190:", len(s), sys.getsizeof(s))
s.clear()
print("after clear:", sys.getsizeof(s))
print("set(range(4)) vs {0,1,2,3}:", sys.getsizeof(set(range(4))), sys.getsizeof({0, 1, 2, 3}))
print("set comprehension 10:", sys.getsizeof({i for i in range(10)}))
print("union:", sys.getsizeof(set(range(5)) | set(range(5, 10))))
print("intersection:", sys.getsizeof(set(range(100)) & {1, 2}))
print("copy of 100:", sys.getsizeof(set(range(100)).copy()))
print("frozenset of 100:", sys.getsizeof(frozenset(range(100))))

# list's size as it is popped down: when list_resize shrinks the allocation (under half full).
import sys

lst = list(range(40))
print("start", len(lst), sys.getsizeof(lst))
prev = sys.getsizeof(lst)
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != prev:
        print(f"len={len(lst):3d} size={s} (was {prev})")
        prev = s
print("empty", sys.getsizeof(lst))

grown = []
for i in range(17):
    grown.append(i)
print("grown 17:", sys.getsizeof(grown))
del grown[8:]
print("del [8:]:", len(grown), sys.getsizeof(grown))
del grown[:]
print("del [:]:", len(grown), sys.getsizeof(grown))
grown.append(1)
print("append after clear:", sys.getsizeof(grown))

q = [0] * 100
print("[0]*100:", sys.getsizeof(q))
while len(q) > 3:
    q.pop(0)
print("pop(0) down to 3:", sys.getsizeof(q))
q.clear()
print("clear:", sys.getsizeof(q))
q.extend(range(5))
print("extend 5:", sys.getsizeof(q))
q.extend(range(5))
print("extend 5 more:", sys.getsizeof(q))
q.extend([])
print("extend empty:", sys.getsizeof(q))
q.insert(0, -1)
print("insert:", sys.getsizeof(q))
q.remove(-1)
print("remove:", sys.getsizeof(q))

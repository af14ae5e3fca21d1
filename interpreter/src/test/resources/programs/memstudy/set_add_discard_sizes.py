# set sizes while adding, discarding, and the set operations' results.
import sys

s = set()
last = sys.getsizeof(s)
print("empty:", last)
for i in range(300):
    s.add(i)
    now = sys.getsizeof(s)
    if now != last:
        print(f"resize at len {len(s)}: {last} -> {now}")
        last = now
for i in range(295):
    s.discard(i)
print("after discarding 295:", len(s), sys.getsizeof(s))
s.clear()
print("clear:", sys.getsizeof(s))

a = set(range(10))
b = set(range(5, 50))
print("a:", sys.getsizeof(a), "b:", sys.getsizeof(b))
print("a | b:", sys.getsizeof(a | b))
print("a & b:", sys.getsizeof(a & b))
print("b - a:", sys.getsizeof(b - a))
print("a ^ b:", sys.getsizeof(a ^ b))
print("a.copy():", sys.getsizeof(a.copy()))
print("frozenset(b):", sys.getsizeof(frozenset(b)))
print("set(frozenset(b)):", sys.getsizeof(set(frozenset(b))))
print("{*range(5)}:", sys.getsizeof({*range(5)}))
print("set('mississippi'):", sys.getsizeof(set("mississippi")))
c = set(range(100))
c -= set(range(99))
print("c -= most:", len(c), sys.getsizeof(c))
c.update(range(3))
print("update:", sys.getsizeof(c))
print("frozenset():", sys.getsizeof(frozenset()))
print("set comprehension 20:", sys.getsizeof({x * 2 for x in range(20)}))

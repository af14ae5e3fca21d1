# A tour of dict sizes like the ones in "How Python dicts use memory" posts.
import sys

d = {}
print("empty dict:", sys.getsizeof(d))
prev = sys.getsizeof(d)
for i in range(100):
    d[f"key{i}"] = i
    s = sys.getsizeof(d)
    if s != prev:
        print(f"  grew at {len(d)} items: {prev} -> {s}")
        prev = s

for k in list(d)[:90]:
    del d[k]
print("after deleting 90 keys:", len(d), sys.getsizeof(d))
d.clear()
print("after clear():", sys.getsizeof(d))
d2 = {i: i for i in range(10)}
print("comprehension of 10:", sys.getsizeof(d2))
print("dict(zip) of 10:", sys.getsizeof(dict(zip(range(10), range(10)))))
print("dict.fromkeys 10:", sys.getsizeof(dict.fromkeys(range(10))))
print("copy of 10:", sys.getsizeof(d2.copy()))
big = {i: None for i in range(1000)}
for i in range(995):
    del big[i]
print("1000 minus 995 deleted:", len(big), sys.getsizeof(big))
print("copy of that:", sys.getsizeof(big.copy()))
print("dict(big):", sys.getsizeof(dict(big)))
print("{**big}:", sys.getsizeof({**big}))
print("literal {'a': 1, 'b': 2}:", sys.getsizeof({'a': 1, 'b': 2}))
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)))
print("keys view:", sys.getsizeof(d2.keys()), "items view:", sys.getsizeof(d2.items()))

# Everything only the cycle holds is garbage too, and each tracked container counts once in
# gc.collect()'s result; strings and ints are freed as well but not counted.
# refcount: expect collect_with_payload.refcount.out
import gc

gc.collect()
a = []
b = []
a.append(b)
b.append(a)
a.append([1, 2, 3])
a.append({"x": []})
a.append(tuple([1, 2]))
a.append("some text " * 3)
a.append(10 ** 30)
del a, b
print(gc.collect())

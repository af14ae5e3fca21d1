# dict.fromkeys, comprehensions and dict() of pairs: presized or grown, and what getsizeof reports.
import sys

for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 44, 100, 1000):
    keys = [f"k{i}" for i in range(n)]
    fk = dict.fromkeys(keys)
    comp = {k: None for k in keys}
    pairs = dict((k, None) for k in keys)
    zipped = dict(zip(keys, range(n)))
    print(n, sys.getsizeof(fk), sys.getsizeof(comp), sys.getsizeof(pairs), sys.getsizeof(zipped))

print("int keys")
for n in (5, 6, 11, 50, 500):
    ik = dict.fromkeys(range(n), 0)
    print(n, sys.getsizeof(ik), sys.getsizeof(dict.fromkeys(set(range(n)))), sys.getsizeof(dict.fromkeys(ik)))

print("copy vs dict()")
big = {i: i for i in range(100)}
for i in range(90):
    del big[i]
print(len(big), sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)), sys.getsizeof({**big}))
merged = big | {1000: 1}
print(sys.getsizeof(merged))
big |= {2000: 2}
print(sys.getsizeof(big))

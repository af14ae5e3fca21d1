# Deleting and reinserting keys: the dummy slots fill the table until an insertion resizes it.
import sys

d = {}
sizes = []
for i in range(8):
    d[i] = i
print("8 items:", sys.getsizeof(d))
for round_ in range(6):
    for i in range(8):
        del d[i]
    for i in range(8):
        d[i] = i
    print("round", round_, sys.getsizeof(d))

d2 = dict.fromkeys("abcde")
print("5 str keys:", sys.getsizeof(d2))
for ch in "fghij":
    d2[ch] = None
    d2.pop(ch)
    print("churn", ch, sys.getsizeof(d2), len(d2))

d3 = {i: None for i in range(1000)}
print("1000:", sys.getsizeof(d3))
for i in range(999):
    del d3[i]
print("after 999 deletions:", sys.getsizeof(d3), len(d3))
d3.clear()
print("clear:", sys.getsizeof(d3))
d3["x"] = 1
print("one key after clear:", sys.getsizeof(d3))
d3.update({str(i): i for i in range(10)})
print("update 10:", sys.getsizeof(d3))
print("popitem order:", [d3.popitem()[0] for _ in range(3)], sys.getsizeof(d3))
d3.setdefault("new", [])
print("setdefault:", sys.getsizeof(d3))

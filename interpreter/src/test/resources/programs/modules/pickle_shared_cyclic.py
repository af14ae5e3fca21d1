# pickle's memo: shared references stay shared and cycles are rebuilt (lists, dicts, tuples
# holding a cyclic list, objects), with the bytes CPython writes for them.
import pickle

shared = [1, 2]
data = [shared, shared, (shared,)]
for proto in (0, 1, 2, 4, 5):
    b = pickle.dumps(data, proto)
    print(proto, b)
    back = pickle.loads(b)
    print("  shared:", back[0] is back[1] is back[2][0], back)
cyc = [1]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
t_list = []
t = (t_list, 5)
t_list.append(t)
for proto in (0, 2, 3, 4):
    b = pickle.dumps(cyc, proto)
    back = pickle.loads(b)
    print(proto, b, back[1] is back)
    b = pickle.dumps(d, proto)
    back = pickle.loads(b)
    print(proto, b, back["self"] is back)
    b = pickle.dumps(t, proto)
    back = pickle.loads(b)
    print(proto, b, back[0][0] is back)
s = "same string"
print(pickle.dumps([s, s, s], 4))

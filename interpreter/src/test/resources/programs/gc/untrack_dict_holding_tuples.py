# A full collection untracks tuples first and then dicts, so a dict of tuples of atoms goes in one collection.
import gc

def fresh():
    return {"point": tuple([1, 2]), "name": "p", "size": tuple([3.0])}

d = fresh()
print("built:", gc.is_tracked(d), gc.is_tracked(d["point"]))
gc.collect()
print("after one full collection:", gc.is_tracked(d), gc.is_tracked(d["point"]), gc.is_tracked(d["size"]))

nested = {"outer": {"inner": tuple(["x"])}}
gc.collect()
print("dict holding a dict:", gc.is_tracked(nested), gc.is_tracked(nested["outer"]))

records = [{"id": i, "tags": tuple(["a", "b"])} for i in range(3)]
gc.collect()
print("records:", [gc.is_tracked(r) for r in records], gc.is_tracked(records))

mixed = {"t": tuple([[]])}
gc.collect()
print("tuple holding a list keeps both:", gc.is_tracked(mixed), gc.is_tracked(mixed["t"]))
mixed["t"][0].append(1)
mixed["t"] = tuple([1])
gc.collect()
print("replaced:", gc.is_tracked(mixed))

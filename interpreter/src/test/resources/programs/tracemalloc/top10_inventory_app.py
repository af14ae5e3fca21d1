# A small inventory application profiled with tracemalloc: top lines by size and count, in blocks.
import tracemalloc

tracemalloc.start()

class Product:
    def __init__(self, sku, name, tags):
        self.sku = sku
        self.name = name
        self.tags = tags

def load(n):
    catalog = {}
    for i in range(n):
        tags = [f"t{i % 7}", f"t{i % 11}"]
        catalog[f"SKU{i:05d}"] = Product(i, "product %d" % i, tags)
    return catalog

def index_by_tag(catalog):
    idx = {}
    for sku, p in catalog.items():
        for t in p.tags:
            idx.setdefault(t, []).append(sku)
    return idx

catalog = load(800)
idx = index_by_tag(catalog)
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("lineno")[:6]:
    fr = stat.traceback[0]
    print(f"line {fr.lineno}: {stat.count} blocks")
total = sum(s.size for s in snap.statistics("filename"))
print("file total positive", total > 0)
print("tag index keys", len(idx), "is_tracing", tracemalloc.is_tracing())
tracemalloc.stop()
print("stopped", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

# typestats(), count() and by_type() of the whole heap agree with the same functions given
# gc.get_objects() (objgraph walks that list; the counts are the collector's): same counts, same
# first-met order, short and qualified names. The numbers themselves depend on start-up, so only
# the agreement is printed.
# requires: objgraph
import gc
import objgraph


class Sample:
    pass


samples = [Sample() for _ in range(3)]
gc.collect()
whole = objgraph.typestats()
given = objgraph.typestats(objects=gc.get_objects())
print(whole == given, list(whole) == list(given), whole['Sample'])
whole = objgraph.typestats(shortnames=False)
given = objgraph.typestats(objects=gc.get_objects(), shortnames=False)
print(whole == given, list(whole) == list(given), whole['__main__.Sample'], 'builtins.function' in whole)
print(objgraph.count('function') == objgraph.count('function', gc.get_objects()))
print(objgraph.count('builtins.dict') == objgraph.count('builtins.dict', gc.get_objects()))
print([id(o) for o in objgraph.by_type('Sample')] == [id(o) for o in objgraph.by_type('Sample', gc.get_objects())])
print(len(objgraph.by_type('__main__.Sample')), len(objgraph.by_type('Sample')))
top = objgraph.most_common_types(limit=3)
print(len(top), all(n >= m for (_, n), (_, m) in zip(top, top[1:])))

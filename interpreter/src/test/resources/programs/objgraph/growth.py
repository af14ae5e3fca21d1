# growth() and show_growth(): peak counts remembered between calls (the default state shared by
# both), an explicit peak_stats dict, limit, filter, qualified names, and no lines when nothing grew.
# requires: objgraph
import io
import objgraph


class Node:
    pass


class Leaf:
    pass


def mine(o):
    return isinstance(o, (Node, Leaf))


baseline = io.StringIO()
objgraph.show_growth(limit=None, file=baseline)
print(baseline.getvalue() != '')

keep = [Node() for _ in range(5)] + [Leaf() for _ in range(12)]
objgraph.show_growth(filter=mine)
print('-- again, nothing new')
objgraph.show_growth(filter=mine)
more = [Node() for _ in range(3)]
print(objgraph.growth(filter=mine))
del keep[:10]
print('-- fewer than the peak', objgraph.growth(filter=mine))
keep += [Node() for _ in range(20)]
objgraph.show_growth(limit=1, filter=mine)
objgraph.show_growth(shortnames=False, filter=mine)

peaks = {}
print(objgraph.growth(limit=None, peak_stats=peaks, filter=mine))
print(sorted(peaks.items()))
more += [Leaf()]
print(objgraph.growth(peak_stats=peaks, filter=mine))
print(sorted(peaks.items()))
out = io.StringIO()
objgraph.show_growth(peak_stats={'Node': 1}, filter=mine, file=out)
print(out.getvalue(), end='')
objgraph.show_growth(peak_stats={'Node': 1000, 'Leaf': 1000}, filter=mine)
print('-- end')

# graphlib.TopologicalSorter: static_order in CPython's order for hand-made and seeded random
# graphs, CycleError with the cycle found, the prepare/get_ready/done protocol with its errors,
# and is_active/bool.
import graphlib, random

print(list(graphlib.TopologicalSorter({'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}).static_order()))
print(list(graphlib.TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
rng = random.Random(11)
for trial in range(30):
    n = rng.randint(1, 8)
    graph = {}
    for i in range(n):
        graph[rng.randint(0, n)] = [rng.randint(0, n) for _ in range(rng.randint(0, 3))]
    try:
        print(list(graphlib.TopologicalSorter(graph).static_order()))
    except graphlib.CycleError as e:
        print('cycle', e.args, repr(e))
ts = graphlib.TopologicalSorter()
ts.add('d', 'b', 'c')
ts.add('b', 'a')
ts.add('c', 'a')
ts.add('e')
for bad in (ts.get_ready, ts.is_active, lambda: ts.done('a'), lambda: bool(ts)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for bad in (ts.prepare, lambda: ts.add('x'), lambda: ts.done('zz'), lambda: ts.done('b')):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
while ts:
    ready = ts.get_ready()
    print(ready, ts.is_active())
    ts.done(*ready)
try:
    ts.done('a')
except ValueError as e:
    print("ValueError", e)
print(ts.is_active(), graphlib.TopologicalSorter[int], issubclass(graphlib.CycleError, ValueError))

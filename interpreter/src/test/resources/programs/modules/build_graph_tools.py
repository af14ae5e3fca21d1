# A build orchestrator's helpers: graphlib.TopologicalSorter (static_order, prepare/get_ready/
# done rounds, is_active, CycleError with its cycle), reprlib.Repr limits for long logs and
# recursive_repr, queue.PriorityQueue/LifoQueue ordering and Full/Empty, sched with a fake clock,
# and itertools lightly (groupby of sorted steps, accumulate of durations).
import graphlib
import itertools
import queue
import reprlib
import sched

deps = {"app": {"lib", "assets"}, "lib": {"core"}, "assets": {"core"}, "tests": {"app"}, "core": set()}
print(list(graphlib.TopologicalSorter(deps).static_order()))
ts = graphlib.TopologicalSorter()
for node, before in deps.items():
    ts.add(node, *sorted(before))
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds, ts.is_active())
cyc = graphlib.TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}})
try:
    cyc.prepare()
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]), isinstance(e, ValueError))
t2 = graphlib.TopologicalSorter({"x": {"y"}})
t2.prepare()
for bad in [lambda: t2.prepare(), lambda: t2.done("x"), lambda: t2.add("z"), lambda: graphlib.TopologicalSorter().get_ready()]:
    try:
        bad()
    except (ValueError,) as e:
        print("ValueError:", e)
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxdict, r.maxlevel = 4, 20, 2, 2
print(r.repr(list(range(100))), r.repr("x" * 50), r.repr({i: [i] * 5 for i in range(5)}), r.repr([[[[1]]]]), r.repr(set(range(10))), r.repr(tuple("abcdefg")))
print(reprlib.repr(list(range(20))), reprlib.repr("y" * 40), reprlib.repr(10 ** 50), reprlib.repr(frozenset(range(8))), reprlib.repr(b"z" * 50))
class Tree:
    def __init__(self, name):
        self.name, self.kids = name, []
    @reprlib.recursive_repr("<cycle>")
    def __repr__(self):
        return f"Tree({self.name}, {self.kids})"
root = Tree("root")
root.kids.append(Tree("leaf"))
root.kids.append(root)
print(repr(root))
pq = queue.PriorityQueue(maxsize=3)
for item in [(2, "b"), (1, "a"), (3, "c")]:
    pq.put(item)
try:
    pq.put_nowait((0, "z"))
except queue.Full:
    print("Full", pq.qsize(), pq.full())
print([pq.get() for _ in range(3)], pq.empty())
try:
    pq.get_nowait()
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)], queue.SimpleQueue().empty())
now = [0.0]
s = sched.scheduler(timefunc=lambda: now[0], delayfunc=lambda d: now.__setitem__(0, now[0] + d))
log = []
s.enter(5, 1, log.append, ("compile",))
s.enter(5, 0, log.append, ("lint",))
e = s.enter(3, 1, log.append, ("cancelled",))
s.enterabs(1, 1, log.append, argument=("fetch",))
s.enter(8, 1, lambda **kw: log.append(kw), kwargs={"step": "package"})
s.cancel(e)
print(len(s.queue), [ev.time for ev in s.queue])
s.run()
print(log, now[0], s.empty())
steps = [("build", 3.5), ("test", 2.0), ("build", 1.5), ("deploy", 4.0), ("test", 0.5)]
for k, g in itertools.groupby(sorted(steps), key=lambda s: s[0]):
    print(k, [d for _, d in g])
print(list(itertools.accumulate(d for _, d in steps)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.pairwise("abc")))

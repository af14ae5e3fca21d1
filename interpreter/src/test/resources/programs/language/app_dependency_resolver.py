# A small build tool as people write one: targets declared by a decorator into a registry,
# dependencies resolved with graphlib.TopologicalSorter (static_order, the CycleError's args
# naming the cycle, prepare/get_ready/done in batches), a dataclass for targets with field
# defaults, failures collected into an ExceptionGroup and handled with except*, and a report
# formatted with f-string alignment.
import graphlib
from dataclasses import dataclass, field

@dataclass(order=True)
class Target:
    name: str
    deps: tuple = ()
    cost: int = field(default=1, compare=False)
    log: list = field(default_factory=list, repr=False, compare=False)

REGISTRY = {}
def target(*deps, cost=1):
    def register(fn):
        REGISTRY[fn.__name__] = (Target(fn.__name__, deps, cost), fn)
        return fn
    return register

@target()
def fetch(): return 'sources'
@target('fetch')
def configure(): return 'config.h'
@target('configure', cost=5)
def compile_(): raise RuntimeError('compiler crashed')
@target('configure', cost=2)
def docs(): return 'html'
@target('compile_', 'docs')
def package(): return 'pkg.tar'
@target('fetch')
def lint(): raise ValueError('style violations: 3')

graph = {name: set(t.deps) for name, (t, _) in REGISTRY.items()}
order = list(graphlib.TopologicalSorter(graph).static_order())
print(order)

ts = graphlib.TopologicalSorter(graph)
ts.prepare()
batch_no = 0
failed, errors, built = set(), [], {}
while ts.is_active():
    ready = sorted(ts.get_ready())
    batch_no += 1
    print(f'batch {batch_no}: {", ".join(ready)}')
    for name in ready:
        t, fn = REGISTRY[name]
        if failed & set(t.deps):
            failed.add(name)
            t.log.append('skipped')
        else:
            try:
                built[name] = fn()
                t.log.append('ok')
            except Exception as e:
                e.add_note(f'while building {name!r}')
                errors.append(e)
                failed.add(name)
                t.log.append('failed')
        ts.done(name)

width = max(map(len, REGISTRY))
for name, (t, _) in sorted(REGISTRY.items(), key=lambda kv: (-kv[1][0].cost, kv[0])):
    print(f'{name:<{width}} | cost {t.cost:>2} | {t.log[0]:^9} | {built.get(name, "-")!r}')
print(sorted(t for t, _ in REGISTRY.values())[:2])

try:
    if errors:
        raise ExceptionGroup('build failed', errors)
except* RuntimeError as eg:
    print('runtime:', [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* ValueError as eg:
    print('value:', eg.message, len(eg.exceptions), eg.exceptions[0].__notes__)

cyclic = {'a': {'b'}, 'b': {'c'}, 'c': {'a'}, 'd': set()}
try:
    list(graphlib.TopologicalSorter(cyclic).static_order())
except graphlib.CycleError as e:
    msg, cycle = e.args
    print(msg, cycle[0] == cycle[-1], sorted(set(cycle)))
ts2 = graphlib.TopologicalSorter()
ts2.add('x', 'y')
ts2.add('y')
try:
    ts2.done('x')
except ValueError as e:
    print('ValueError', e)
ts2.prepare()
try:
    ts2.add('z')
except ValueError as e:
    print('ValueError', e)
print(ts2.get_ready(), ts2.is_active(), bool(ts2))
try:
    ts2.done('x')
except ValueError as e:
    print('ValueError', e)

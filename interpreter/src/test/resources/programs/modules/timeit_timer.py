# timeit.Timer: string and callable statements and setups, globals=, timeit/repeat/autorange with a
# clock of our own, gc disabled while timing and restored after, the compiled source, the errors.
import timeit, sys, gc

class FakeTimer:
    """A clock that advances by a fixed step per call, as CPython's test does."""
    def __init__(self, step=1.0):
        self.t = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.t += self.step
        return self.t

t = timeit.Timer("x = 1", timer=FakeTimer())
print(t.timeit(10))
print(t.repeat(3, 5))
print(t.timeit(0))
print(timeit.default_timer is __import__("time").perf_counter)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)

# the statement runs `number` times, the setup once per timing
count = []
t = timeit.Timer("count.append(1)", "count.clear()", timer=FakeTimer(), globals={"count": count})
print(t.timeit(7), len(count))
print(t.repeat(2, 3), len(count))

# callables
calls = []
t = timeit.Timer(lambda: calls.append("s"), lambda: calls.append("setup"), timer=FakeTimer())
t.timeit(3)
print(calls)

# globals= and the module's own namespace
y = 5
print(timeit.timeit("y * 2", globals=globals(), number=3, timer=FakeTimer(0.5)))
try:
    timeit.timeit("y * 2", number=1)
except NameError as e:
    print("NameError:", e)

# gc is disabled while timing and restored after
def probe():
    states.append(gc.isenabled())
states = []
timeit.timeit(probe, number=2)
print(states, gc.isenabled())
gc.disable()
timeit.timeit(probe, number=1)
print(states, gc.isenabled())
gc.enable()

# autorange: 1, 2, 5, 10, ... until 0.2 s
seen = []
clock = FakeTimer(0.0)
print(timeit.Timer("clock.t += 0.001", timer=clock, globals={"clock": clock}).autorange(lambda n, s: seen.append((n, round(s, 6)))))
print(seen)
print(timeit.Timer(timer=FakeTimer(0.3)).autorange())

# the source it compiled
print(timeit.Timer("a = 1\nb = 2", "import os\nz = 3").src)
print(timeit.Timer(lambda: None).src)

# errors
for stmt, setup in [(None, "pass"), ("pass", 42), ("return 1", "pass"), ("x = (", "pass"), ("pass", "break")]:
    try:
        timeit.Timer(stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

print(timeit.repeat("pass", repeat=2, number=4, timer=FakeTimer(2)))
print(len(timeit.repeat("pass", number=10)), timeit.timeit(number=10) >= 0)

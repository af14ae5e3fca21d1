# A blog post's leak: a batch job collects its failures in a list to report them at the end, and
# memory grows with every failure — each stored exception keeps its traceback, each traceback
# keeps the frames, each frame keeps the locals (here a 10,000-item buffer per failed task).
# Shown with weak references to the buffers: alive while the exceptions are stored, freed by
# storing only the messages, by traceback.clear_frames, by dropping __traceback__, or by
# wrapping the failures in an ExceptionGroup and letting it go.
import traceback
import weakref


class Buffer(list):
    pass


live = []


def task(n):
    buf = Buffer(range(10_000))
    live.append(weakref.ref(buf))
    if n % 2:
        raise ValueError(f"task {n} failed")
    return len(buf)


def run(policy):
    live.clear()
    failures = []
    for n in range(6):
        try:
            task(n)
        except ValueError as exc:
            if policy == "store":
                failures.append(exc)
            elif policy == "message":
                failures.append(str(exc))
            elif policy == "clear_frames":
                traceback.clear_frames(exc.__traceback__)
                failures.append(exc)
            elif policy == "no_traceback":
                failures.append(exc.with_traceback(None))
    alive = sum(1 for r in live if r() is not None)
    return failures, alive


for policy in ("store", "message", "clear_frames", "no_traceback"):
    failures, alive = run(policy)
    kinds = sorted({type(f).__name__ for f in failures})
    print(f"{policy:14} failures={len(failures)} buffers alive={alive} kinds={kinds}")
    del failures

# the aggregated report as an exception group
live.clear()
errors = []
for n in range(6):
    try:
        task(n)
    except ValueError as exc:
        errors.append(exc)
group = ExceptionGroup("batch failed", errors)
del errors
print("group holds", len(group.exceptions), "buffers alive", sum(1 for r in live if r() is not None))
try:
    raise group
except* ValueError as eg:
    print("handled:", [str(e) for e in eg.exceptions])
del group
print("group dropped: buffers alive", sum(1 for r in live if r() is not None))

# the frames in the traceback of a stored exception
failures, _ = run("store")
tb = failures[0].__traceback__
depth = 0
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print("stored traceback frames:", names)
print("locals kept in the innermost:", sorted(failures[0].__traceback__.tb_next.tb_frame.f_locals))

# Batch jobs whose failures are gathered into exception groups: except* picking kinds out of
# nested groups, notes added to each failure, the rest re-raised and caught outside, split by a
# predicate, derive in a subclass, and an empty match that never runs its handler.
class JobError(Exception):
    def __init__(self, job, msg):
        super().__init__(f"{job}: {msg}")
        self.job = job

class Retryable(JobError):
    pass

class Fatal(JobError):
    pass

class BatchGroup(ExceptionGroup):
    def derive(self, excs):
        g = BatchGroup(self.message, excs)
        g.batch = getattr(self, "batch", None)
        return g

def run(jobs):
    errors = []
    for name, kind in jobs:
        try:
            if kind == "ok":
                continue
            if kind == "retry":
                raise Retryable(name, "timed out")
            if kind == "fatal":
                raise Fatal(name, "disk full")
            raise ValueError(f"{name}: bad input {kind!r}")
        except Exception as e:
            e.add_note(f"while running {name}")
            errors.append(e)
    if errors:
        g = BatchGroup("batch failed", errors)
        g.batch = len(jobs)
        raise g

jobs = [("a", "ok"), ("b", "retry"), ("c", "fatal"), ("d", "weird"), ("e", "retry")]
try:
    try:
        run(jobs)
    except* Retryable as eg:
        print("retry:", [e.job for e in eg.exceptions], type(eg).__name__, eg.batch)
    except* KeyError:
        print("never")
except BatchGroup as rest:
    print("rest:", repr(rest.message), [str(e) for e in rest.exceptions], rest.batch)
    for e in rest.exceptions:
        print("  notes:", e.__notes__)

outer = ExceptionGroup("outer", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    Fatal("x", "boom"),
])
match_, rest = outer.split(lambda e: isinstance(e, ValueError) or getattr(e, "job", "") == "x")
print(repr(match_))
print(repr(rest))
print(outer.subgroup(TypeError))
print(outer.subgroup(lambda e: False))

try:
    try:
        raise outer
    except* (ValueError, TypeError) as eg:
        print("caught", len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])
    print("context:", type(eg.exceptions[0].__context__).__name__)

try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:", repr(eg))
        raise
except ExceptionGroup as e:
    print("re-raised as a group:", repr(e), e.exceptions[0] is not None)

try:
    raise BatchGroup("b", [Retryable("j", "once")])
except* Retryable as eg:
    print(type(eg).__name__, eg)

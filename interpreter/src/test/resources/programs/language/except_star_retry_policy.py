# A retry policy that gathers failures of several jobs into exception groups, then sorts
# them with except*: nested groups, split with a predicate, notes added per failure, derive
# of a subclass, and the leftover group re-raised to an outer handler.
import traceback


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


class JobGroup(ExceptionGroup):
    def derive(self, excs):
        g = JobGroup(self.message, excs)
        g.attempt = getattr(self, "attempt", None)
        return g


def job(name, attempt):
    if name.startswith("t") and attempt < 2:
        raise TransientError(f"{name} timed out (attempt {attempt})")
    if name.startswith("f"):
        raise FatalError(f"{name} broke")
    if name.startswith("v"):
        raise ValueError(name)
    return name.upper()


def run_all(names, attempt):
    errors, results = [], []
    for n in names:
        try:
            results.append(job(n, attempt))
        except Exception as e:
            e.add_note(f"job={n}")
            errors.append(e)
    if errors:
        g = JobGroup(f"attempt {attempt}", errors)
        g.attempt = attempt
        raise g
    return results


names = ["alpha", "t1", "f2", "t3", "v4"]
for attempt in range(3):
    try:
        print("ok", run_all(names, attempt))
        break
    except* TransientError as eg:
        print("transient:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.attempt)
    except* FatalError as eg:
        print("fatal:", repr(eg), [e.__notes__ for e in eg.exceptions])
        names = [n for n in names if not n.startswith("f")]
    except* ValueError as eg:
        print("value:", eg.exceptions, eg.message)
        names = [n for n in names if not n.startswith("v")]

g = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = g.split(lambda e: isinstance(e, ValueError) or (isinstance(e, ExceptionGroup) and e.message == "never"))
print(repr(match))
print(repr(rest))
print(g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

try:
    try:
        raise g
    except* KeyError:
        print("handled keys")
except ExceptionGroup as left:
    print("left:", repr(left))
    print("".join(traceback.format_exception_only(type(left), left)), end="")

try:
    raise ExceptionGroup("x", [])
except ValueError as e:
    print("empty:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("non-exc:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("base:", e)
print(type(BaseExceptionGroup("y", [ValueError()])).__name__)
print(type(BaseExceptionGroup("y", [KeyboardInterrupt()])).__name__)

# sys.tracebacklimit: the uncaught traceback keeps only the last N entries (the repeat collapse counted among them)
import sys

def walk(n):
    if n == 0:
        raise LookupError("bottom reached")
    walk(n - 1)

def report(limit):
    sys.tracebacklimit = limit
    try:
        walk(5)
    except LookupError as e:
        sys.excepthook(type(e), e, e.__traceback__)

for limit in (3, 1, 0, -5, True, 10**30, "7"):
    print(f"limit {limit!r}:", flush=True)
    report(limit)
    sys.stderr.flush()
del sys.tracebacklimit
sys.tracebacklimit = 2
walk(8)

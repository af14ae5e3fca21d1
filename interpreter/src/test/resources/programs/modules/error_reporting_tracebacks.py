# Error reporting as a batch tool does it: traceback.format_exc/format_exception/print_exc to a stream, extract_tb summaries, chained exceptions (cause and context), TracebackException with limits, exception notes, and finally an uncaught chained error.
import io
import sys
import traceback

def parse_row(row):
    name, qty = row.split(",")
    return name, int(qty)

def load(rows):
    out = []
    for n, row in enumerate(rows, 1):
        try:
            out.append(parse_row(row))
        except ValueError as e:
            raise RuntimeError(f"bad row {n}: {row!r}") from e
    return out

try:
    load(["a,1", "b,two"])
except RuntimeError:
    text = traceback.format_exc()
    print(text)
    exc_type, exc, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(f"  frame {fs.name} line {fs.lineno}: {fs.line}")
    print([type(x).__name__ for x in (exc, exc.__cause__, exc.__context__)], exc.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print("".join(lines))
    print("".join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception_only(type(e), e))

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(5)
except LookupError as e:
    te = traceback.TracebackException.from_exception(e, limit=2)
    print("".join(te.format()))
    print(len(traceback.extract_tb(e.__traceback__)), te.exc_type.__name__, str(te))
    stream = io.StringIO()
    traceback.print_exc(limit=-1, file=stream)
    print(stream.getvalue())

err = ValueError("price must be positive")
err.add_note("while importing catalog.csv")
err.add_note("row 17")
print("".join(traceback.format_exception_only(err)))
stack = traceback.format_stack(limit=1)
print(stack[0].split(",")[1].strip(), len(stack))
summary = traceback.StackSummary.from_list([("file.py", 3, "fn", "x = 1")])
print(summary.format())
try:
    raise TypeError("inner")
except TypeError as inner:
    try:
        raise KeyError("outer") from None
    except KeyError as outer:
        print(outer.__suppress_context__, outer.__context__ is inner)
        print("".join(traceback.format_exception(outer)))
sys.stdout.flush()
load(["x,1", "y,"])

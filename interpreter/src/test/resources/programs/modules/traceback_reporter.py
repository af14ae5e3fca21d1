# An error reporter built on traceback: format_exc, format_exception with chains (raise from,
# implicit context, suppressed context), TracebackException with limits, extract_tb/StackSummary
# frames, format_exception_only for SyntaxError, walk_tb, exception notes, print_exc to a file,
# and a custom sys.excepthook for the final uncaught error.
import io, sys, traceback

class AppError(Exception):
    pass

def parse_config(text):
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as e:
        raise AppError("bad config line") from e

def load():
    try:
        parse_config("a=1\nb")
    except AppError as e:
        raise RuntimeError("startup failed")

def report(exc, **kw):
    text = "".join(traceback.format_exception(exc, **kw))
    print(text, end="")

try:
    load()
except RuntimeError as e:
    report(e)
    print("---- limit=1, no chain")
    report(e, limit=1, chain=False)
    te = traceback.TracebackException.from_exception(e)
    print("---- stack of the outermost:", [(f.name, f.lineno) for f in te.stack])
    print("cause chain:", type(te.__context__.exc_type) if False else te.__context__.exc_type.__name__,
          te.__context__.__cause__.exc_type.__name__)
    print("".join(te.format_exception_only()), end="")
    tb_frames = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.line) for fs in tb_frames])
    print([f.f_code.co_name for f, _ in traceback.walk_tb(e.__context__.__traceback__)])

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("replaced") from None
except ValueError as e:
    report(e)
    print(e.__suppress_context__, repr(e.__context__))

try:
    compile("def f(:\n    pass", "config.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(e.filename, e.lineno, e.offset, e.text.rstrip(), e.msg)
try:
    int("12x")
except ValueError as e:
    e.add_note("while reading field 'qty'")
    e.add_note("row 7")
    report(e)
buf = io.StringIO()
try:
    [].pop()
except IndexError:
    traceback.print_exc(file=buf)
    print(traceback.format_exc().splitlines()[-1])
print(buf.getvalue().splitlines()[-1], len(buf.getvalue().splitlines()))
def deep(n):
    if n == 0:
        return traceback.extract_stack(limit=3)
    return deep(n - 1)
print([(f.name, f.lineno) for f in deep(5)])
print(traceback.format_list(deep(1))[-1].splitlines()[0])
ss = traceback.StackSummary.from_list([("file.py", 10, "fn", "x = 1")])
print(ss.format())
eg = ExceptionGroup("many", [ValueError("v"), TypeError("t")])
report(eg)

def hook(etype, value, tb):
    print(f"[hook] {etype.__name__}: {value} (frames: {len(traceback.extract_tb(tb))})", file=sys.stderr)
sys.excepthook = hook
load()

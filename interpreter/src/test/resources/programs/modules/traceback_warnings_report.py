# Error reporting in a batch tool: traceback.format_exc/format_exception/format_exception_only/
# extract_tb/StackSummary/walk_tb/TracebackException (chained causes and contexts, limit,
# exceptions with notes), print_exc to a file; warnings with filters (error, ignore, once,
# module, always), catch_warnings(record=True), showwarning/formatwarning, stacklevel, simplefilter
# order, warn_explicit, and custom Warning categories.
import io
import sys
import traceback
import warnings

def parse(v):
    return int(v)
def load(values):
    try:
        return [parse(v) for v in values]
    except ValueError as e:
        raise RuntimeError("load failed") from e
def report(exc, **kw):
    text = "".join(traceback.format_exception(exc, **kw))
    return text.replace(__file__, "FILE")
try:
    load(["1", "x"])
except RuntimeError as e:
    print(report(e))
    print(report(e, limit=1))
    print(report(e, chain=False))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e.__cause__), e.__cause__))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames], [f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])
    print(len(list(traceback.walk_tb(e.__cause__.__traceback__))), frames[0].filename == __file__)
try:
    try:
        {}["missing"]
    except KeyError:
        None + 1
except TypeError as e:
    e.add_note("while merging config")
    e.add_note("file: app.ini")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()).replace(__file__, "FILE"))
    print(list(te.format_exception_only()), te.exc_type.__name__, type(te.__context__).__name__)
buf = io.StringIO()
try:
    [].pop()
except IndexError:
    traceback.print_exc(file=buf)
    print(traceback.format_exc(limit=0).replace(__file__, "FILE"))
print(buf.getvalue().replace(__file__, "FILE"))
for e in [SyntaxError("bad thing", ("f.py", 3, 5, "x = = 1\n", 3, 7)), OSError(2, "No such file", "a.txt"), KeyError("k"), Exception()]:
    print(traceback.format_exception_only(type(e), e))
class DeprecatedAPI(DeprecationWarning):
    pass
def old_api():
    warnings.warn("old_api() is deprecated", DeprecatedAPI, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain user warning")
    warnings.warn(UserWarning("instance warning"))
    warnings.warn("bytes!", BytesWarning)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__, str(w)[:40].replace(__file__, "FILE"))
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecatedAPI)
    try:
        old_api()
    except DeprecatedAPI as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("once only", RuntimeWarning)
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.filterwarnings("error", category=FutureWarning, append=True)
    warnings.warn("future", FutureWarning)
    print(len(caught), [str(w.message) for w in caught])
print(warnings.formatwarning("msg", UserWarning, "mod.py", 12, "x = 1").rstrip(), "|", warnings.formatwarning("m2", RuntimeWarning, "f.py", 3, line=""))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    saved = sys.stderr
    sys.stderr = io.StringIO()
    warnings.warn_explicit("explicit", SyntaxWarning, "gen.py", 7)
    warnings.warn("to stderr", stacklevel=1)
    err = sys.stderr.getvalue()
    sys.stderr = saved
print(err.replace(__file__, "FILE"), end="")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("UserWarning raised:", e)
    try:
        warnings.simplefilter("bogus")
    except AssertionError as e:
        print("AssertionError", e)
    try:
        warnings.warn("x", category=int)
    except TypeError as e:
        print("TypeError:", e)
print([f[0] for f in warnings.filters[:3]])

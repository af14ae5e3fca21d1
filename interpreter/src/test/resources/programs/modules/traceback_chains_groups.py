# traceback on caught errors: explicit (__cause__) and implicit (__context__) chains, suppressed
# context (from None), TracebackException (format, format_exception_only, stack, exc_type),
# extract_tb/FrameSummary fields, format_exc with limit, print_exception to stdout, exception
# notes (add_note), ExceptionGroup caught with except* and printed, then one left uncaught.
import sys
import traceback

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad port {text!r}") from e

def load(cfg):
    try:
        return parse_port(cfg["port"])
    except KeyError:
        raise LookupError("no port configured")

def quiet(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise LookupError("port missing") from None

for cfg in ({"port": "80x"}, {}):
    try:
        load(cfg)
    except Exception as exc:
        print("".join(traceback.format_exception(exc)).replace(__file__, "FILE"))
try:
    quiet({})
except LookupError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, te.__suppress_context__, list(te.format_exception_only()))
    print([(f.name, f.lineno, f.line) for f in te.stack])
try:
    load({"port": "x"})
except RuntimeError as exc:
    frames = traceback.extract_tb(exc.__traceback__)
    print([(f.name, f.line) for f in frames], len(frames))
    print([(f.name, f.line) for f in traceback.extract_tb(exc.__cause__.__traceback__)])
    print(traceback.format_exc(limit=1).replace(__file__, "FILE"))
    traceback.print_exception(exc, limit=-1, chain=False, file=sys.stdout)

try:
    err = ValueError("price must be positive")
    err.add_note("while importing row 17")
    err.add_note("file: prices.csv")
    raise err
except ValueError as exc:
    print(traceback.format_exception_only(exc), exc.__notes__)

def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        try:
            if not isinstance(row, int):
                raise TypeError(f"row {i}: not an int: {row!r}")
            if row < 0:
                raise ValueError(f"row {i}: negative")
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([1, -2, "x", -4])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], eg.message)
try:
    validate(["a", -1])
except ExceptionGroup as eg:
    print(repr(eg), eg.split(TypeError)[0].exceptions, eg.subgroup(lambda e: "negative" in str(e)).exceptions)
    traceback.print_exception(eg, file=sys.stdout)
validate([None, -9])

# sys.excepthook replaced by the program: the uncaught exception goes to the hook (type, value,
# traceback; sys.last_type/last_value/last_traceback set first) instead of the default report,
# and the exit status stays 1.
import sys
import traceback


def hook(etype, value, tb):
    frames = traceback.extract_tb(tb)
    print(f"[crash report] {etype.__name__}: {value}", file=sys.stderr)
    for f in frames:
        print(f"  at {f.name} (line {f.lineno})", file=sys.stderr)
    print("last_value is value:", sys.last_value is value, sys.last_type is etype, sys.last_traceback is tb,
          file=sys.stderr)
    print("default hook kept:", sys.__excepthook__ is not hook)


def load(path):
    return parse(path.upper())


def parse(text):
    raise ValueError(f"cannot parse {text!r}")


sys.excepthook = hook
print("starting")
load("config")

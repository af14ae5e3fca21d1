# SystemExit with a tuple value: printed to stderr as its str, exit code 1; finally blocks and atexit run first.
import atexit, sys

atexit.register(lambda: print("atexit handler"))
try:
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught", repr(e), e.code, e.args)
    try:
        raise SystemExit("message", 2)
    except SystemExit as e:
        print("caught", repr(e), e.code)
    try:
        exit(None)
    except SystemExit as e:
        print("caught", e.code is None)
    print("exiting")
    raise SystemExit(("bad", 3))
finally:
    print("finally runs")

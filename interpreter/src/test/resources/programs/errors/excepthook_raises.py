# A sys.excepthook that itself fails: CPython prints "Error in sys.excepthook:" with the hook's
# own traceback, then "Original exception was:" with the program's; the exit status is 1.
import sys


def broken_hook(etype, value, tb):
    print("hook called with", etype.__name__, file=sys.stderr)
    raise RuntimeError("the hook is broken")


def main():
    {}["missing"]


sys.excepthook = broken_hook
main()

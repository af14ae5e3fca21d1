# argparse: errors print the usage and 'PROG: error: ...' on stderr and exit with 2: missing
# required arguments, bad types, bad choices, unknown arguments, too few values, ambiguous
# abbreviations, mutually exclusive options; -h exits with 0; exit_on_error=False raises.
import argparse, sys, io, contextlib

def attempt(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            print("ok:", parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
    print(out.getvalue(), end="")
    print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog")
p.add_argument("count", type=int)
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--ratio", type=float)
p.add_argument("--pair", nargs=2)
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-info", action="store_true")
def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return n
p.add_argument("--size", type=positive)
for argv in [[], ["x"], ["1", "--mode", "c"], ["1", "--ratio", "fast"], ["1", "extra"],
             ["1", "--pair", "a"], ["1", "--ver"], ["1", "--unknown"], ["1", "--mode"],
             ["1", "--size", "0"], ["1", "--size", "z"], ["1", "--verbose=yes"], ["-h"], ["1", "--verbose"]]:
    print(argv)
    attempt(p, argv)

m = argparse.ArgumentParser(prog="mx")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
for argv in [["--a", "--b"], [], ["--b"]]:
    attempt(m, argv)

quiet = argparse.ArgumentParser(prog="q", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

for make in [lambda a: a.add_argument("x", required=True), lambda a: a.add_argument("bad"),
             lambda a: a.add_argument("--s", action="store", nargs=0),
             lambda a: a.add_argument("--k", action="nosuch"),
             lambda a: a.add_argument("--t", type="int"),
             lambda a: a.add_argument("--h"),
             lambda a: a.add_argument("--m", nargs=2, metavar=("A", "B", "C"))]:
    a = argparse.ArgumentParser(prog="a")
    a.add_argument("--h2")
    a.add_argument("bad")
    try:
        make(a)
        print("added")
    except (TypeError, ValueError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

p.parse_args(["1", "--mode", "z"])

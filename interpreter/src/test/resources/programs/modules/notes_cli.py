# A note-taking CLI built with argparse: subcommands with their own options, a mutually exclusive
# group, type converters and choices, defaults per subparser, help and usage printed to stdout,
# and an error run (usage on stderr, exit 2) at the end.
import argparse, contextlib, io, sys

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{s!r} is not positive")
    return v

p = argparse.ArgumentParser(prog="notes", description="Keep short notes.",
                            epilog="Notes are kept in memory only.")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--db", metavar="PATH", default="notes.db", help="database (default: %(default)s)")
sub = p.add_subparsers(dest="cmd", title="commands", metavar="COMMAND", required=True)

add = sub.add_parser("add", help="add a note", aliases=["a"])
add.add_argument("text", nargs="+")
add.add_argument("-t", "--tag", action="append", default=[], dest="tags")
add.add_argument("--priority", type=int, choices=range(1, 4), default=2)

ls = sub.add_parser("list", help="list notes")
order = ls.add_mutually_exclusive_group()
order.add_argument("--newest", action="store_true")
order.add_argument("--oldest", action="store_true")
ls.add_argument("-n", "--limit", type=positive, default=10)
ls.add_argument("--format", choices=["plain", "json"], default="plain")

rm = sub.add_parser("rm", help="remove notes by id")
rm.add_argument("ids", type=int, nargs="*", metavar="ID")
rm.add_argument("--all", action="store_true")
rm.set_defaults(force=False)

def run(argv):
    print(f"$ notes {' '.join(argv)}")
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
    except SystemExit as e:
        print(f"exit {e.code}")
        for line in err.getvalue().splitlines():
            print("  stderr:", line)
        return
    print(" ", sorted(vars(ns).items()))

run(["add", "buy", "milk", "-t", "home", "-t", "food", "--priority", "3"])
run(["-vv", "a", "call", "bob"])
run(["list", "--newest", "-n", "5", "--format", "json"])
run(["list", "--newest", "--oldest"])
run(["list", "-n", "0"])
run(["list", "-n", "x"])
run(["add", "x", "--priority", "7"])
run(["rm", "1", "2", "--all"])
run(["frobnicate"])
run([])
run(["list", "--unknown"])
ns, rest = p.parse_known_args(["list", "--extra", "1"])
print("known:", ns.cmd, rest)

print("=== help ===")
try:
    p.parse_args(["--help"])
except SystemExit as e:
    print("help exit", e.code)
try:
    p.parse_args(["list", "-h"])
except SystemExit as e:
    print("help exit", e.code)
print(p.format_usage(), end="")
print(add.format_usage(), end="")
print("=== error to the real stderr ===")
sys.stdout.flush()
p.parse_args(["rm", "one"])
print("not reached")

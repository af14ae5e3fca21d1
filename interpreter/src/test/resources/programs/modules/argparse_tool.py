# argparse for a small CLI with sys.argv set by the program: types, choices, nargs, groups, errors.
import argparse, sys

def build():
    p = argparse.ArgumentParser(prog="convert", description="Convert files between formats.",
                                epilog="Example: convert -f csv in.txt")
    p.add_argument("inputs", nargs="+", help="input files")
    p.add_argument("-o", "--output", default="out.dat", metavar="FILE", help="where to write (default: %(default)s)")
    p.add_argument("-f", "--format", choices=["csv", "json", "xml"], default="csv")
    p.add_argument("-n", "--limit", type=int, default=10)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--tag", action="append", dest="tags", default=[])
    p.add_argument("--ratio", type=float, nargs=2, metavar=("A", "B"))
    g = p.add_mutually_exclusive_group()
    g.add_argument("--fast", action="store_true")
    g.add_argument("--safe", action="store_true")
    return p

p = build()
for argv in [["a.txt"], ["a.txt", "b.txt", "-vv", "-f", "json", "--tag", "x", "--tag", "y", "-n", "5"],
             ["--dry-run", "-o", "z.out", "--ratio", "1.5", "2", "in1"], ["-vvv", "--fast", "--", "-weird-name"]]:
    sys.argv = ["convert"] + argv
    ns = p.parse_args()
    print(sorted(vars(ns).items()))
ns, rest = p.parse_known_args(["x", "--unknown", "1"])
print(ns.inputs, rest)
p.print_usage()
p.print_help()
real_exit = sys.exit
for argv in [[], ["a", "-f", "yaml"], ["a", "-n", "ten"], ["a", "--fast", "--safe"], ["a", "--ratio", "1"], ["a", "--bogus"]]:
    sys.argv = ["convert"] + argv
    try:
        p.parse_args()
    except SystemExit as e:
        print("exit code", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
sp.add_parser("status", help="show status").add_argument("--short", "-s", action="store_true")
print(sub.parse_args(["commit", "-m", "fix bug"]), sub.parse_args(["status", "-s"]))
try:
    sub.parse_args(["commit"])
except SystemExit as e:
    print("exit code", e.code)
sys.argv = ["convert", "--help"]
try:
    p.parse_args()
except SystemExit as e:
    print("help exit", e.code)

# A gradebook command-line tool run with arguments: argparse with nargs, FileType-free paths,
# a required option, store_const/append_const, argument groups, version action,
# parse_intermixed_args, a custom Action, fromfile_prefix_chars; ends with an invalid choice
# (usage and error on stderr, exit 2).
# args: report --class 7B --weights 0.4 0.6 --round 1 alice=81,77 bob=64,90 --sort name
import argparse, statistics, sys

class Pairs(argparse.Action):
    def __call__(self, parser, ns, values, option_string=None):
        out = {}
        for v in values:
            name, _, marks = v.partition("=")
            if not marks:
                parser.error(f"student {name!r} has no marks")
            out[name] = [int(m) for m in marks.split(",")]
        setattr(ns, self.dest, out)

p = argparse.ArgumentParser(prog="gradebook", description="Summarise marks.", fromfile_prefix_chars="@")
p.add_argument("--version", action="version", version="%(prog)s 2.1")
sub = p.add_subparsers(dest="command", required=True)
rep = sub.add_parser("report", help="print a report")
g = rep.add_argument_group("input")
g.add_argument("--class", dest="klass", required=True, help="class name")
g.add_argument("students", nargs="+", action=Pairs, metavar="NAME=M1,M2")
o = rep.add_argument_group("output")
o.add_argument("--weights", nargs=2, type=float, default=[0.5, 0.5])
o.add_argument("--round", type=int, default=0)
o.add_argument("--sort", choices=["name", "score"], default="score")
o.add_argument("--csv", action="store_const", const=",", dest="sep", default=" | ")
o.add_argument("--show", action="append_const", const="median", dest="extras")

ns = p.parse_args()
print(sorted((k, v) for k, v in vars(ns).items()))
totals = {n: round(sum(w * m for w, m in zip(ns.weights, ms)), ns.round) for n, ms in ns.students.items()}
order = sorted(totals, key=(lambda n: n) if ns.sort == "name" else (lambda n: -totals[n]))
print(f"Class {ns.klass}")
for n in order:
    print(ns.sep.join([f"{n:<6}", f"{totals[n]:>5}"]))
print("mean", statistics.mean(totals.values()))
print(rep.format_help())
ns2 = rep.parse_intermixed_args(["--class", "1", "x=1,2", "--round", "2", "y=3,4"])
print(ns2.students, ns2.round)
for argv in (["report", "--class", "9", "z"], ["--version"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stdout.flush()
p.parse_args(["report", "--class", "9", "a=1", "--sort", "grade"])

# The help of a data-export tool under each argparse formatter (RawDescriptionHelpFormatter,
# RawTextHelpFormatter, MetavarTypeHelpFormatter, a width-limited HelpFormatter subclass),
# arguments read from a file with fromfile_prefix_chars, parse_intermixed_args, prefix_chars,
# allow_abbrev=False, BooleanOptionalAction, required options, version action, const/default of
# store_const and append_const, argument_default=SUPPRESS, and set_defaults with subcommand functions.
import argparse
import contextlib
import io
import os
import tempfile

DESC = """Export records.

  Lines keep
    their indentation here.
"""
def build(fmt, **kw):
    p = argparse.ArgumentParser(prog="export", description=DESC, epilog="Done.\n  (raw epilog)", formatter_class=fmt, **kw)
    p.add_argument("source", type=str, help="where to read\n  from (a path)")
    p.add_argument("--limit", type=int, default=10, help="at most %(default)s rows")
    p.add_argument("--ratio", type=float)
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colour output")
    p.add_argument("--format", type=str, required=True, choices=["csv", "json"])
    p.add_argument("--version", action="version", version="%(prog)s 2.1")
    return p
for fmt in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    print("=====", fmt.__name__)
    print(build(fmt).format_help())
class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, width=40, max_help_position=12, indent_increment=4)
print(build(Narrow).format_help())
def run(p, argv, intermixed=False):
    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = p.parse_intermixed_args(argv) if intermixed else p.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        print(argv, "exit", e.code, repr(out.getvalue()), err.getvalue().splitlines()[-1:])
p = build(argparse.HelpFormatter)
run(p, ["data.csv", "--format", "csv", "--no-color"])
run(p, ["data.csv", "--format", "xml"])
run(p, ["data.csv"])
run(p, ["--version"])
run(p, ["data.csv", "--format", "json", "--limit", "5", "--color"])
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "args.txt")
    with open(path, "w") as f:
        f.write("data.csv\n--format\njson\n--limit\n3\n")
    q = argparse.ArgumentParser(prog="export", fromfile_prefix_chars="@")
    q.add_argument("source")
    q.add_argument("--format")
    q.add_argument("--limit", type=int)
    print(sorted(vars(q.parse_args(["@" + path, "--limit", "4"])).items()))
    run(q, ["@no-such-args-file.txt"])
m = argparse.ArgumentParser(prog="mix")
m.add_argument("--flag", action="store_true")
m.add_argument("files", nargs="*")
m.add_argument("--tag")
run(m, ["a", "--flag", "b", "--tag", "t", "c"], intermixed=True)
run(m, ["a", "--flag", "b", "--tag", "t", "c"])
plus = argparse.ArgumentParser(prog="plus", prefix_chars="-+")
plus.add_argument("+v", "--verbose", action="store_const", const=2, default=0)
plus.add_argument("-q", dest="levels", action="append_const", const="quiet")
plus.add_argument("+x", dest="levels", action="append_const", const="extra")
run(plus, ["+v", "-q", "+x", "-q"])
print(plus.format_usage(), end="")
noabbrev = argparse.ArgumentParser(prog="na", allow_abbrev=False)
noabbrev.add_argument("--verbose", action="store_true")
run(noabbrev, ["--verb"])
sup = argparse.ArgumentParser(prog="sup", argument_default=argparse.SUPPRESS)
sup.add_argument("--a")
sup.add_argument("--b", default="kept")
run(sup, [])
run(sup, ["--a", "1"])
top = argparse.ArgumentParser(prog="tool")
subs = top.add_subparsers(title="actions", description="what to do", help="the action", dest="action")
def do_init(ns):
    return f"init {ns.name}"
def do_drop(ns):
    return f"drop {ns.force}"
s1 = subs.add_parser("init", help="create")
s1.add_argument("name")
s1.set_defaults(func=do_init)
s2 = subs.add_parser("drop", help="remove", description="Remove everything.")
s2.add_argument("--force", action="store_true")
s2.set_defaults(func=do_drop, level=1)
for argv in (["init", "db"], ["drop", "--force"]):
    ns = top.parse_args(argv)
    print(ns.func(ns), sorted(k for k in vars(ns)), top.get_default("action"), s2.get_default("level"))
print(top.format_help())
print(s2.format_help())
run(top, [])

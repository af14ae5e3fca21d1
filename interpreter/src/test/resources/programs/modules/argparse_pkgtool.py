# A package-manager CLI on argparse: subcommands with aliases, a mutually exclusive group, defaults by set_defaults, help and usage printed, errors caught by SystemExit
import argparse
import contextlib
import io
import sys

def build():
    p = argparse.ArgumentParser(prog="pkg", description="Manage packages.",
                                epilog="See 'pkg CMD -h' for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    sub = p.add_subparsers(dest="cmd", title="commands", metavar="CMD", required=True)
    i = sub.add_parser("install", aliases=["in"], help="install packages")
    i.add_argument("names", nargs="+", metavar="NAME")
    g = i.add_mutually_exclusive_group()
    g.add_argument("--user", action="store_true")
    g.add_argument("--system", action="store_true")
    i.add_argument("-j", "--jobs", type=int, choices=range(1, 5), default=1)
    i.set_defaults(func=lambda a: f"install {a.names} jobs={a.jobs} user={a.user}")
    r = sub.add_parser("remove", help="remove a package")
    r.add_argument("name")
    r.add_argument("--purge", action=argparse.BooleanOptionalAction, default=False)
    r.set_defaults(func=lambda a: f"remove {a.name} purge={a.purge}")
    l = sub.add_parser("list", help="list packages")
    l.add_argument("--format", choices=["table", "json"], default="table")
    l.add_argument("--limit", type=int, metavar="N")
    l.set_defaults(func=lambda a: f"list {a.format} {a.limit}")
    return p

parser = build()
for argv in (["install", "requests", "flask", "-j", "3", "--user"],
             ["in", "x"], ["-vv", "remove", "foo", "--purge"], ["remove", "foo", "--no-purge"],
             ["list", "--format", "json", "--limit", "5"]):
    a = parser.parse_args(argv)
    print(argv, "->", a.func(a), "verbose", a.verbose, a.cmd)

def attempt(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser.parse_args(argv)
            code = None
        except SystemExit as e:
            code = e.code
    print(f"== {argv} exit={code}")
    if out.getvalue():
        print("[stdout]")
        print(out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]")
        print(err.getvalue(), end="")

attempt(["--help"])
attempt(["install", "-h"])
attempt(["--version"])
attempt([])
attempt(["install", "a", "--user", "--system"])
attempt(["install", "a", "-j", "9"])
attempt(["install", "a", "-j", "x"])
attempt(["frobnicate"])
attempt(["list", "--format", "xml"])
attempt(["remove"])
attempt(["list", "--bogus"])
parser.print_usage()
print(parser.format_usage(), end="")
ns, rest = parser.parse_known_args(["list", "--extra", "1"])
print(ns.cmd, rest)
parser.parse_args(["install"])

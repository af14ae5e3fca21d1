# A backup CLI on argparse: subcommands with their own options, a mutually exclusive group, help to stdout, and a bad call exiting 2 with usage on stderr.
import argparse
import sys

def build():
    p = argparse.ArgumentParser(prog="backup", description="Back up and restore directories.",
                                epilog="See 'backup COMMAND -h' for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.4")
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND", required=True)
    c = sub.add_parser("create", help="make a new backup", aliases=["mk"])
    c.add_argument("source", nargs="+", help="directories to save")
    c.add_argument("-o", "--output", required=True, metavar="FILE")
    fmt = c.add_mutually_exclusive_group()
    fmt.add_argument("--gzip", dest="compression", action="store_const", const="gz")
    fmt.add_argument("--bzip2", dest="compression", action="store_const", const="bz2")
    fmt.add_argument("--xz", dest="compression", action="store_const", const="xz")
    c.add_argument("--exclude", action="append", default=[], metavar="GLOB")
    c.add_argument("--level", type=int, choices=range(1, 10), default=6)
    r = sub.add_parser("restore", help="restore a backup")
    r.add_argument("archive")
    r.add_argument("--into", default=".", help="target directory (default: %(default)s)")
    r.add_argument("--dry-run", action="store_true")
    l = sub.add_parser("list", help="list archives")
    l.add_argument("--sort", choices=["name", "size", "date"], default="date")
    l.add_argument("--limit", type=int, default=None)
    return p

parser = build()
for argv in (["create", "src", "docs", "-o", "out.tar", "--xz", "--exclude", "*.pyc", "--exclude", "*~"],
             ["-vv", "mk", "home", "-o", "h.tar", "--level", "9"],
             ["restore", "h.tar", "--dry-run"],
             ["list", "--sort", "size", "--limit", "3"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

parser.print_help()
print("-" * 20)
parser._subparsers._group_actions[0].choices["create"].print_help()
print("-" * 20)
print(parser.format_usage(), end="")
ns, rest = parser.parse_known_args(["list", "--bogus", "x"])
print(ns.command, rest)

for bad in (["create", "a", "-o", "f", "--gzip", "--xz"],
            ["create", "a", "-o", "f", "--level", "12"],
            ["list", "--limit", "ten"],
            ["frobnicate"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
sys.stdout.flush()
parser.parse_args(["restore"])

# optparse: every action (store with each type, store_const/true/false, append, append_const, count,
# callback), clusters of short options, long options with '=' and abbreviations, '--', interspersed
# and not, defaults (also as strings converted by type), the help layout (groups, long option
# strings, %default, description, epilog, the titled formatter), and errors on stderr with exit 2.
import contextlib
import io
import optparse


def record(option, opt, value, parser, tag):
    parser.values.calls = getattr(parser.values, "calls", []) + [(opt, value, tag)]


def make():
    parser = optparse.OptionParser(usage="%prog [options] FILE...", version="%prog 2.5", prog="tool",
                                   description="Processes the files given, one at a time, and prints a "
                                               "summary of what was found in each of them at the end.",
                                   epilog="Report bugs to the maintainers.")
    parser.add_option("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    parser.add_option("-q", "--quiet", action="store_false", dest="verbose")
    parser.add_option("-n", "--number", type="int", default="7", help="how many [default: %default]")
    parser.add_option("-r", "--ratio", type="float", metavar="R")
    parser.add_option("-z", type="complex", dest="zed")
    parser.add_option("-o", "--output", metavar="FILE", help="write the report to FILE instead of the "
                      "standard output, creating it when it does not exist yet")
    parser.add_option("-I", "--include", action="append", default=[], help="add a directory")
    parser.add_option("--strict", action="store_const", const="yes", dest="mode")
    parser.add_option("--lenient", action="store_const", const="no", dest="mode")
    parser.add_option("--debug", action="store_true", help=optparse.SUPPRESS_HELP)
    parser.add_option("--point", nargs=2, type="int", help="two coordinates")
    parser.add_option("--tag", action="append_const", const="t", dest="tags")
    parser.add_option("--call", action="callback", callback=record, callback_args=("cb",), type="string")
    group = optparse.OptionGroup(parser, "Formatting", "Options that change how the summary looks.")
    group.add_option("--format", choices=["text", "json"], default="text", help="one of text, json")
    group.add_option("--very-long-option-name-here", action="store_true", help="a long one")
    parser.add_option_group(group)
    return parser


parser = make()
for args in [[], ["-vvv", "a.txt", "-n", "0x1f", "b.txt"], ["-qn5", "--ratio=2.5", "-z", "1+2j"],
             ["--out", "r.txt", "-Idir1", "--include", "dir2", "--strict", "--tag", "--tag"],
             ["--point", "3", "4", "--call", "x", "--", "-v", "--format=json"], ["--form", "json", "--very"],
             ["-n", "010", "-n", "0b101"]]:
    values, rest = parser.parse_args(args)
    print(args, "->", sorted(vars(values).items(), key=lambda kv: kv[0]), rest)

parser.disable_interspersed_args()
print(parser.parse_args(["-v", "file", "-v"])[1])
print(parser.get_usage(), end="")
print(parser.get_version(), parser.has_option("--verbose"), parser.get_option("-r"), parser.get_option("-x"))
parser.print_help()
print("---")
titled = make()
titled.formatter = optparse.TitledHelpFormatter()
titled.formatter.set_parser(titled)
print(titled.format_help())

for args in [["--bogus"], ["-x"], ["-n", "ten"], ["--format", "xml"], ["--ratio"], ["--point", "1"],
             ["--verbose=3"], ["--v"], ["-r", "1e"], ["--version"], ["-h"]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            make().parse_args(args)
        except SystemExit as e:
            code = e.code
    print(args, "exit", code, repr(err.getvalue()), len(out.getvalue()))

for spec, kwargs in [(("x",), {}), (("-xy",), {}), (("---x",), {}), (("-x",), {"action": "jump"}),
                     (("-x",), {"type": "bool"}), (("-x",), {"type": "choice"}), (("-x",), {"bogus": 1}),
                     (("-x",), {"action": "count", "nargs": 2}), (("-x",), {"action": "callback"})]:
    try:
        optparse.Option(*spec, **kwargs)
    except optparse.OptionError as e:
        print(type(e).__name__ + ":", e)
p = optparse.OptionParser()
p.add_option("-a", "--all")
try:
    p.add_option("--all")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
v = optparse.Values({"a": 1})
print(v, v == {"a": 1}, v.ensure_value("b", []), optparse.Option("-f", "--file-name").dest)

# optparse beyond the basics: set_defaults/get_default_values, an Option subclass with its own
# type and checker, callbacks taking several arguments and changing the parser's state,
# conflict_handler='resolve' and the conflict errors, remove_option, groups looked up by option,
# help formatters with widths, SUPPRESS_USAGE, print_usage, the messages of every kind of bad
# command line, Values' helpers, and finally parser.error() uncaught: usage and message on
# stderr, exit status 2.
import copy
import io
import optparse
import sys
from optparse import Option, OptionParser, OptionValueError, make_option


def check_range(option, opt, value):
    try:
        low, high = value.split("-")
        return (int(low), int(high))
    except ValueError:
        raise OptionValueError("option %s: invalid range: %r" % (opt, value))


class RangeOption(Option):
    TYPES = Option.TYPES + ("range",)
    TYPE_CHECKER = copy.copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["range"] = check_range
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


def pair(option, opt_str, value, parser, scale=1):
    a, b = value
    setattr(parser.values, option.dest, a * b * scale)
    parser.largs.append("seen-" + opt_str)


def greedy(option, opt_str, value, parser):
    taken = []
    while parser.rargs and not parser.rargs[0].startswith("-"):
        taken.append(parser.rargs.pop(0))
    setattr(parser.values, option.dest, taken)


def attempt(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        values, rest = parser.parse_args(args)
        print(args, "->", sorted(vars(values).items()), rest)
    except SystemExit as e:
        print(args, "exit", e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old


p = OptionParser(option_class=RangeOption, prog="rng", usage="%prog [-r LOW-HIGH] [--list A,B]")
p.add_option("-r", "--range", type="range", dest="span")
p.add_option("--list", action="extend", type="string", dest="items")
p.add_option("-m", "--mult", type="int", nargs=2, action="callback", callback=pair,
             callback_kwargs={"scale": 10}, dest="product")
p.add_option("-g", "--greedy", action="callback", callback=greedy, dest="words")
p.set_defaults(span=(0, 0), items=None)
p.set_default("product", -1)
print(p.get_default_values(), p.defaults)
for args in [["-r", "3-9"], ["--list", "a,b", "--list", "c"], ["-m", "2", "3", "x"],
             ["-g", "one", "two", "-r", "1-2", "three"], ["-r", "bad"], ["-m", "1"],
             ["-r"], ["--range=4-5", "--", "--list"]]:
    attempt(p, args)

q = OptionParser(conflict_handler="resolve", add_help_option=False, prog="q")
q.add_option("-a", "--alpha", action="store_true", help="first alpha")
q.add_option("-a", "--apple", action="store_true", help="takes -a over")
print([str(o) for o in q.option_list], q.has_option("--alpha"), q.get_option("-a").dest)
q.remove_option("--apple")
print([str(o) for o in q.option_list], q.has_option("-a"))
try:
    q.remove_option("--nothing")
except ValueError as e:
    print("ValueError:", e)
e = OptionParser(prog="e")
e.add_option("-x", "--ex", dest="x")
for spec in (("-x",), ("--ex", "-y"), ("-z", "--ex")):
    try:
        e.add_option(*spec)
    except optparse.OptionConflictError as err:
        print("OptionConflictError:", err)
try:
    OptionParser(conflict_handler="bogus")
except ValueError as err:
    print("ValueError:", err)

g = OptionParser(prog="grp", usage=optparse.SUPPRESS_USAGE, epilog="the end " * 12,
                 formatter=optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=16,
                                                          width=50, short_first=0))
g.add_option("-s", "--size", type="int", default=3, metavar="N",
             help="the size of the thing, which can be quite large [default: %default]")
grp = optparse.OptionGroup(g, "Advanced", "Options for people who know what they are doing.")
grp.add_option("-d", "--depth", type="choice", choices=["1", "2"], help="depth")
g.add_option_group(grp)
print(g.get_option_group("--depth").title, g.get_option_group("--size"))
print(g.format_help())
print(repr(g.get_usage()))
g.print_usage()
t = OptionParser(prog="t", formatter=optparse.TitledHelpFormatter(width=60), version="1.0")
t.add_option("--name", help="who")
t.print_help()
t.print_version()

bad = OptionParser(prog="bad")
bad.add_option("-n", type="int")
bad.add_option("-f", type="float")
bad.add_option("-c", type="choice", choices=["a", "b"])
bad.add_option("--flag", action="store_true")
bad.add_option("--verbose", action="store_true")
bad.add_option("--version-info", action="store_true")
for args in [["-n", "1.5"], ["-f", "x"], ["-c", "z"], ["--flag=1"], ["--ver"], ["--nope"], ["-q"],
             ["-n"], ["-nx"], ["--verb", "--version-i"]]:
    attempt(bad, args)

v = optparse.Values({"a": 1, "b": [2]})
v._update_careful({"a": 5, "zz": 9})
print(v, v.a, hasattr(v, "zz"))
v._update_loose({"zz": 9})
print(v.zz, v == optparse.Values({"a": 5, "b": [2], "zz": 9}), v != {"a": 0})
o = make_option("-k", "--key", dest="k", default="dflt", help="a key")
print(repr(o)[:0], str(o), o.get_opt_string(), o.takes_value(), o.action, o.type)
for spec, kw in [(("-k",), {"type": "int", "action": "store_true"}), (("-k",), {"const": 1}),
                 (("-k",), {"nargs": 2}), (("-k",), {"callback": len}),
                 (("-k",), {"action": "callback", "callback": "notcallable"}),
                 (("-k",), {"choices": ["a"]}), (("-k",), {"type": "choice", "choices": "ab"}),
                 (("-k", "--"), {}), ((), {}), (("k",), {"dest": "x"})]:
    try:
        make_option(*spec, **kw)
        print(spec, kw, "ok")
    except (optparse.OptionError, TypeError) as err:
        print(type(err).__name__ + ":", err)

final = OptionParser(prog="final", usage="%prog [options] ARG")
final.add_option("-n", type="int")
opts, args = final.parse_args(["-n", "3", "a"])
if len(args) != 2:
    final.error("expected two arguments, got %d" % len(args))
print("not reached")

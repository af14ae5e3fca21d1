# argparse: positionals and options with types, defaults, choices, nargs ?, *, + and N,
# store_true/false/const, count, append, extend, the Namespace and its repr, parse_known_args.
import argparse

p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-n", "--number", type=int, default=3, help="how many")
p.add_argument("--ratio", type=float)
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-I", "--include", action="append")
p.add_argument("--tag", action="extend", nargs="+")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
for argv in [["in.txt"], ["in.txt", "x.txt", "-n", "7", "-vvv", "-q"], ["a", "--number=9", "--ratio", "2.5"],
             ["-n5", "a", "--mode", "slow", "-I", "x", "-Iy", "--include=z"],
             ["a", "--tag", "t1", "t2", "--tag", "t3", "--const", "--pair", "1", "2", "--no-cache"],
             ["--", "-a-file-"], ["a", "--num", "4", "--verb"]]:
    ns = p.parse_args(argv)
    print(ns)
print(vars(p.parse_args(["x"])))
ns = p.parse_args(["x"])
print(ns.src, ns.number, "src" in ns, "nope" in ns, ns == argparse.Namespace(**vars(ns)))

q = argparse.ArgumentParser()
q.add_argument("files", nargs="*")
q.add_argument("--many", nargs="+", type=int)
q.add_argument("--opt", nargs="?", const="C", default="D")
print(q.parse_args([]))
print(q.parse_args(["a", "b", "--many", "1", "2", "3"]))
print(q.parse_args(["--opt"]), q.parse_args(["--opt", "v"]), q.parse_args(["--opt=w", "f"]))
print(q.parse_known_args(["a", "--unknown", "x", "-z"]))
print(q.parse_args(["-1"]) if False else q.parse_known_args(["-5"]))

r = argparse.ArgumentParser()
r.add_argument("x", type=int)
r.add_argument("rest", nargs=argparse.REMAINDER)
print(r.parse_args(["1", "--flag", "a", "-b"]))
r.set_defaults(extra="E", x=99)
print(r.parse_args(["2"]), r.get_default("x"), r.get_default("extra"), r.get_default("none"))

s = argparse.ArgumentParser(argument_default=argparse.SUPPRESS)
s.add_argument("--a")
s.add_argument("--b", default=1)
print(s.parse_args([]), s.parse_args(["--a", "A"]))

t = argparse.ArgumentParser()
t.add_argument("--n", type=int, default="5")
t.add_argument("--items", type=lambda s: s.split(","), default="a,b")
print(t.parse_args([]))

print(repr(argparse.Namespace(a=1, b="x")), argparse.Namespace() == argparse.Namespace())
a = p._actions[2]
print(a)
print(type(a).__name__, a.option_strings, a.dest, a.type, a.default)
print(argparse.FileType("w"), argparse.FileType("rb", encoding="utf-8"))
print(argparse.ArgumentParser().prog, argparse.ArgumentParser().format_usage(), end="")

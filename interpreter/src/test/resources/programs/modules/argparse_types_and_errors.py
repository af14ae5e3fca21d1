# argparse validation the way tools do it: custom type functions raising ArgumentTypeError, nargs forms, defaults from set_defaults and parents, argument groups in help, parse_intermixed_args, abbreviations, and exit-2 errors printed to stderr for each kind of mistake.
import argparse
import sys

def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"{value} is not a valid port")
    return value

def ratio(text):
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return v

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--config", default="app.ini")
common.add_argument("-q", "--quiet", action="store_true")

p = argparse.ArgumentParser(prog="serve", parents=[common], formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="Serve files over HTTP.")
net = p.add_argument_group("network", "where to listen")
net.add_argument("--host", default="127.0.0.1")
net.add_argument("--port", type=port, default=8000)
p.add_argument("--ratio", type=ratio, default=0.5, help="sampling ratio")
p.add_argument("paths", nargs="*", default=["."])
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("--maybe", nargs="?", const="yes-const", default="no-default")
p.add_argument("--tags", nargs="+")
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--mode", choices=["fast", "safe"], default="safe")
p.add_argument("--extend", action="extend", nargs="+", type=int)
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
p.set_defaults(handler="serve_files")
p.print_help()
for argv in ([], ["a", "b", "--port", "9000"], ["--pair", "k", "v", "--maybe"], ["--maybe", "x", "--tags", "t1", "t2"],
             ["--no-cache", "--no-flag", "--extend", "1", "2", "--extend", "3"], ["--por", "81", "--conf", "x.ini"],
             ["--ratio=.25", "--", "--not-an-option"]):
    ns = p.parse_args(argv)
    print(argv, "->", sorted(vars(ns).items()))
ip = argparse.ArgumentParser(prog="mix")
ip.add_argument("--x"); ip.add_argument("files", nargs="*")
print(ip.parse_intermixed_args(["a", "--x", "1", "b"]))
print(ip.parse_known_args(["a", "--y", "2"]))

class NoExit(argparse.ArgumentParser):
    def error(self, message):
        print(f"[{self.prog}] error: {message}")
        raise ValueError(message)
q = NoExit(prog="quiet", exit_on_error=False)
q.add_argument("--n", type=int, required=True)
for argv in ([], ["--n", "x"], ["--n", "1", "extra"]):
    try:
        q.parse_args(argv)
    except (ValueError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
for argv in (["--port", "70000"], ["--port", "http"], ["--ratio", "half"], ["--pair", "only-one"], ["--mode", "turbo"],
             ["--tags"], ["--unknown"], ["--p", "1"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, argv)
sys.stdout.flush()
try:
    p.add_argument("--host")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
p.exit(3, "serve: giving up\n")

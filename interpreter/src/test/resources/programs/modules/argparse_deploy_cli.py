# A deployment CLI with argparse as a team writes one: subparsers with aliases and required
# choice, a mutually exclusive group, argument groups in the help, types/choices/nargs/defaults,
# store_true/count/append/extend, metavar, help text with %(default)s, and the usage errors that
# exit 2 (caught as SystemExit, stderr to a StringIO) with their messages.
import argparse
import io
import contextlib

def build():
    p = argparse.ArgumentParser(prog="deploy", description="Deploy services to clusters.",
                                epilog="Example: deploy push web --env prod", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--config", metavar="FILE", default="deploy.toml", help="config file")
    mx = p.add_mutually_exclusive_group()
    mx.add_argument("--dry-run", action="store_true", help="only show what would happen")
    mx.add_argument("--force", action="store_true", help="skip checks")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands", metavar="COMMAND")
    push = sub.add_parser("push", aliases=["p"], help="push a service")
    push.add_argument("service", help="service name")
    push.add_argument("--env", choices=["dev", "staging", "prod"], default="dev")
    push.add_argument("--replicas", type=int, default=1, help="pods (default: %(default)s)")
    push.add_argument("--tag", action="append", default=[], help="image tag")
    push.add_argument("--labels", nargs="+", metavar="K=V")
    g = push.add_argument_group("rollout", "how the rollout proceeds")
    g.add_argument("--max-surge", type=float, default=0.25)
    g.add_argument("--pause", nargs="?", const=30, type=int)
    rb = sub.add_parser("rollback", help="roll back")
    rb.add_argument("service")
    rb.add_argument("revision", nargs="?", type=int, default=-1)
    st = sub.add_parser("status")
    st.add_argument("services", nargs="*")
    st.add_argument("--format", dest="fmt", choices=("table", "json"), default="table")
    st.add_argument("--extra", action="extend", nargs=2, type=str)
    return p

def run(argv):
    p = build()
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = p.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        print(argv, "exit", e.code)
        print(out.getvalue() + err.getvalue(), end="")

run(["push", "web", "--env", "prod", "--replicas", "3", "--tag", "v1", "--tag", "v2", "-vv", "--labels", "a=1", "b=2"])
run(["-v", "--dry-run", "p", "api", "--pause"])
run(["rollback", "web"])
run(["rollback", "web", "7"])
run(["status", "a", "b", "--format", "json", "--extra", "x", "y", "--extra", "z", "w"])
run(["--dry-run", "--force", "status"])
run([])
run(["push"])
run(["push", "web", "--env", "qa"])
run(["push", "web", "--replicas", "three"])
run(["deploy-all"])
run(["status", "--extra", "only-one"])
run(["push", "web", "--unknown", "1"])
run(["rollback", "web", "x"])
run(["--help"])
run(["push", "-h"])
run(["status", "--fo", "json"])
p = build()
print(p.format_usage(), end="")
ns, rest = p.parse_known_args(["status", "--what", "s1"])
print(ns.services, rest)
print(repr(argparse.Namespace(a=1, b="x")), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
try:
    p.add_argument("--verbose")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
q = argparse.ArgumentParser(prog="calc", exit_on_error=False)
q.add_argument("n", type=int)
try:
    q.parse_args(["x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name)

# Running child Pythons with subprocess: run with capture_output/text/check/input/timeout,
# CalledProcessError's fields and message, a pipeline of two Popen objects, communicate,
# returncodes of signals and sys.exit, check_output with stderr merged, env and cwd.
import os, subprocess, sys

PY = sys.executable
def run(code, **kw):
    return subprocess.run([PY, "-c", code], capture_output=True, text=True, **kw)

r = run("print('hello'); import sys; print('oops', file=sys.stderr); sys.exit(3)")
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args[1:2])
try:
    subprocess.run([PY, "-c", "import sys; sys.exit(4)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e.output, str(e).replace(PY, "PY"))
r = run("import sys; data = sys.stdin.read(); print(data.upper()[::-1], len(data))", input="abc\ndef")
print(repr(r.stdout))
r = run("raise KeyError('missing')")
print(r.returncode, r.stderr.splitlines()[-1], r.stderr.splitlines()[0])
r = run("import os, signal; os.kill(os.getpid(), signal.SIGTERM)")
print("signal:", r.returncode)
try:
    subprocess.run([PY, "-c", "import time; time.sleep(5)"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd[1:], e.timeout <= 0.5)
out = subprocess.check_output([PY, "-c", "import sys; print('a'); print('b', file=sys.stderr, flush=True)"],
                              stderr=subprocess.STDOUT, text=True)
print(sorted(out.split()))
print(subprocess.check_output([PY, "-c", "print(2**100)"]).strip())
env = dict(os.environ, GREETING="bonjour")
print(run("import os; print(os.environ['GREETING'], os.path.basename(os.getcwd()))", env=env, cwd="/").stdout, end="")

p1 = subprocess.Popen([PY, "-c", "for i in range(5): print(f'line {i}')"], stdout=subprocess.PIPE)
p2 = subprocess.Popen([PY, "-c", "import sys; ls = sys.stdin.readlines(); print(len(ls), ls[-1].strip())"],
                      stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
out, err = p2.communicate()
print(repr(out), err, p1.wait(), p2.returncode)

p = subprocess.Popen([PY, "-c", "import sys\nfor l in sys.stdin: print(l.strip()[::-1], flush=True)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for w in ("alpha", "beta"):
    p.stdin.write(w + "\n"); p.stdin.flush()
    print(p.stdout.readline().strip())
p.stdin.close()
print(p.wait(), p.poll())
with subprocess.Popen([PY, "-c", "print('ctx')"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(subprocess.call([PY, "-c", "pass"]), subprocess.getstatusoutput(f"{PY} -c \"print(7)\""))
print(subprocess.list2cmdline(["a b", 'c"d', ""]), subprocess.DEVNULL, subprocess.PIPE, subprocess.STDOUT)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
subprocess.run([PY, "-c", "import sys; sys.stdout.write('child out\\n'); sys.stdout.flush()"])
sys.stdout.flush()
subprocess.run([PY, "-c", "1/0"])
print("after", flush=True)
subprocess.run([PY, "-c", "pass"], check=True, timeout=30)
subprocess.check_call(["false"])

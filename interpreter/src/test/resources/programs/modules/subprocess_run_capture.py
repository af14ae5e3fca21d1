# subprocess.run with capture_output: stdout and stderr as bytes or text, the return code, and
# CompletedProcess's repr (stderr left out when it was not captured).
import subprocess

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(repr(r))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r)
r = subprocess.run(["true"], stdout=subprocess.PIPE)
print(r)
r = subprocess.run("echo via shell $((6 * 7))", shell=True, stdout=subprocess.PIPE, text=True)
print(r.args, r.stdout, end="")
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], capture_output=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "echo to-stdout; echo to-stderr >&2"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.splitlines()), r.stderr)
r = subprocess.run(["sh", "-c", "echo gone; echo gone-too >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
print(r)

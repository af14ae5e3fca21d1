# subprocess: input= feeds the child's stdin (bytes or text), check=True raises CalledProcessError
# with CPython's message, TimeoutExpired after timeout seconds, and the argument errors of run().
import subprocess

print(subprocess.run(["cat"], input=b"bytes in\n", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="text in\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["wc", "-l"], input="1\n2\n3\n", stdout=subprocess.PIPE, text=True).stdout.strip())
try:
    subprocess.run(["sh", "-c", "echo partial; exit 5"], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, "|", e, "|", e.returncode, e.cmd, repr(e.output), repr(e.stdout), repr(e.stderr))
    print(isinstance(e, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception))
print(subprocess.run(["true"], check=True).returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, "|", e.cmd, e.output, e.stderr, 0 < e.timeout <= 0.2)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["/nonexistent/program-xyz"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, "|", e)
print(subprocess.CalledProcessError(1, "cmd"), subprocess.CalledProcessError(2, ["a", "b"], "o", "e").stdout)
print(subprocess.CalledProcessError(-9, "cmd"))
print(subprocess.TimeoutExpired("cmd", 2.5))

# The pipes to a child are real descriptors: Popen's stdin/stdout/stderr are io objects over them
# (fileno, their types, read1/readline/iteration, os.read on the descriptor), a pipeline of three
# children joined by their pipes, pass_fds and close_fds, stdin=DEVNULL, stderr=STDOUT and
# stderr=DEVNULL, cwd and env, start_new_session and process_group, communicate with a timeout that expires and a
# second communicate that gets what was read.
import os, subprocess, tempfile

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(type(p.stdin).__name__, type(p.stdout).__name__, type(p.stderr).__name__)
print([f.fileno() >= 3 for f in (p.stdin, p.stdout, p.stderr)], p.stdout.mode, p.stdin.mode)
print(len({p.stdin.fileno(), p.stdout.fileno(), p.stderr.fileno()}), os.get_inheritable(p.stdout.fileno()))
p.stdin.write(b"first\nsecond\nthird\n")
p.stdin.close()
print(os.read(p.stdout.fileno(), 6))
print(p.stdout.readline(), list(p.stdout))
print(p.wait(), p.stderr.read())
p.stdout.close()
p.stderr.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(type(p.stdin).__name__, p.stdin.encoding, p.stdout.line_buffering)
out, err = p.communicate("text\r\nmode\n")
print(repr(out), err, p.returncode)

p1 = subprocess.Popen(["printf", "pear\\napple\\nfig\\napple\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["uniq", "-c"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
print([line.split() for line in p3.communicate()[0].splitlines()], p1.wait(), p2.wait(), p3.returncode)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "log.txt")
    with open(path, "w") as f:
        fd = f.fileno()
        r = subprocess.run(["sh", "-c", f"echo kept >&{fd}"], pass_fds=[fd])
        print("pass_fds:", r.returncode)
        r = subprocess.run(["sh", "-c", f"echo closed >&{fd}"], stderr=subprocess.DEVNULL)
        print("close_fds:", r.returncode)
        r = subprocess.run(["sh", "-c", f"echo inherited >&{fd}"], close_fds=False, stderr=subprocess.DEVNULL)
        print("close_fds=False, not inheritable:", r.returncode)
    with open(path) as f:
        print(repr(f.read()))
    print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout == os.path.realpath(d) + "\n")

print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; echo out2"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", 'echo "$ONLY" "${HOME-unset}"'], env={"ONLY": "this"}, capture_output=True, text=True)
print(r.stdout, end="")
leader = ["sh", "-c", "exec awk '{print ($6 == $1), ($5 == $1)}' /proc/self/stat"]
print("new session:", subprocess.run(leader, start_new_session=True, capture_output=True, text=True).stdout,
      "same session:", subprocess.run(leader, capture_output=True, text=True).stdout, end="")
print("process group:", subprocess.run(leader, process_group=0, capture_output=True, text=True).stdout, end="")

p = subprocess.Popen(["sh", "-c", "echo start; echo warn >&2; exec sleep 30"],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.timeout, str(e))
p.kill()
print(p.communicate(), p.returncode)
try:
    p.communicate(input=b"late")
except ValueError as e:
    print("ValueError:", e)

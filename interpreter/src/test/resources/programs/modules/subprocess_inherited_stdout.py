# A child that inherits stdout writes to the descriptor at once, while the parent's own prints wait
# in sys.stdout's buffer (a pipe or a file: block-buffered) until flushed; with stdout redirected by
# os.dup2 the child's output goes to the file too; stdout=<descriptor> sends it there.
import os, subprocess, sys, tempfile

print("parent: printed first")
subprocess.run(["echo", "child: written at once"])
print("parent: after the child")
sys.stdout.flush()
subprocess.run(["echo", "child: after a flush"])

fd, path = tempfile.mkstemp()
saved = os.dup(1)
os.dup2(fd, 1)
subprocess.run(["echo", "child into the file"])
print("parent into the file")
sys.stdout.flush()
os.dup2(saved, 1)
os.close(saved)
os.close(fd)
print(repr(open(path).read()))
os.unlink(path)

r, w = os.pipe()
subprocess.run(["echo", "through a pipe"], stdout=w)
os.close(w)
print(os.read(r, 100))
os.close(r)
subprocess.run(["sh", "-c", "echo to stderr >&2"])
print("done")

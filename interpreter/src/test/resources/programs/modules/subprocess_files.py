# subprocess with files: a child's stdout and stderr into files open() made (after what the
# parent wrote), stdin from a file, a temporary file as stdout, and the errors for other values.
import os, subprocess, sys, tempfile

d = tempfile.mkdtemp()
out_path = os.path.join(d, "out.txt")
with open(out_path, "w") as f:
    f.write("parent first\n")
    f.flush()
    r = subprocess.run(["sh", "-c", "echo child out; echo child err >&2"], stdout=f, stderr=f)
print(r.returncode, repr(open(out_path).read()))
with open(out_path) as f:
    print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True, text=True).stdout, end="")
with tempfile.TemporaryFile("w+") as t:
    subprocess.run(["echo", "into a temporary file"], stdout=t)
    t.seek(0)
    print(repr(t.read()))
for bad in (-5, 7):
    try:
        subprocess.run(["true"], stdout=bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__)
os.remove(out_path)
os.rmdir(d)

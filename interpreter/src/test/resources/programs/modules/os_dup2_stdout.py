# os.dup/os.dup2 on descriptor 1: while it points to a file, print and sys.stdout write there (what
# they hold reaches the file when flushed, after what os.write put there directly); putting the
# saved descriptor back restores the output.
import os, sys, tempfile

fd, path = tempfile.mkstemp()
print("before")
sys.stdout.flush()
saved = os.dup(1)
print(saved > 2, os.dup2(fd, 1))
print("printed into the file")
os.write(1, b"written directly\n")
sys.stdout.write("more text\n")
sys.stdout.flush()
os.dup2(saved, 1)
os.close(saved)
os.close(fd)
print("after")
with open(path) as f:
    print(repr(f.read()))
os.unlink(path)

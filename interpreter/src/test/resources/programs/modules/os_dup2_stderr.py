# os.dup2 onto descriptor 2 catches what the interpreter writes to stderr for the program
# (sys._debugmallocstats, a warning, sys.stderr.write) in a file, as s01b's reference script does.
import os, sys, tempfile, warnings

fd, path = tempfile.mkstemp()
saved = os.dup(2)
os.dup2(fd, 2)
try:
    sys._debugmallocstats()
    sys.stderr.write("to stderr\n")
    warnings.warn("careful")
finally:
    os.dup2(saved, 2)
    os.close(saved)
    os.close(fd)
text = open(path).read()
os.unlink(path)
lines = text.splitlines()
print(lines[0])
print(any(l.startswith("# arenas allocated total") for l in lines))
print([l for l in lines if "stderr" in l or "careful" in l])
sys.stderr.write("back on stderr\n")

# sys.stdout writing into a pipe keeps what print wrote pending (up to 8192 bytes): an ASCII str is
# kept itself, so it has one more reference per pending write until the stream flushes; non-ASCII
# text is kept encoded (a bytes object), so the str has no extra reference.
import sys
s = "hello" + str(len(sys.argv))
print(sys.getrefcount(s))
print(s)
print(sys.getrefcount(s))
sys.stdout.write(s)
print(sys.getrefcount(s))
t = "\u00e9" + s
print(t)
print(sys.getrefcount(t))
sys.stdout.flush()
print(sys.getrefcount(s))
print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.write_through)

# select.poll on pipes, answered by the kernel: POLLOUT on an empty pipe's write end, POLLIN when
# data is there, POLLHUP once every writer is closed (with POLLIN while data remains), POLLERR on the
# write end when the reader is gone, POLLNVAL for a closed descriptor, modify and unregister, the
# order of the results (registration order), poll(0) returning [] at once; select.select on pipes
# and on a regular file (always ready).
import os
import select
import tempfile

r, w = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
os.write(w, b"data")
print(p.poll(0) == [(r, select.POLLIN), (w, select.POLLOUT)])
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
print(os.read(r, 10), p.poll(0))
os.write(w, b"tail")
os.close(w)
print(p.poll(0) == [(r, select.POLLIN | select.POLLHUP), (w, select.POLLNVAL)])
p.unregister(w)
print(os.read(r, 10), p.poll(0) == [(r, select.POLLHUP)])
os.close(r)

r2, w2 = os.pipe()
q = select.poll()
q.register(w2, select.POLLOUT)
os.close(r2)
print(q.poll(0) == [(w2, select.POLLOUT | select.POLLERR)])
try:
    os.write(w2, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
os.close(w2)

r3, w3 = os.pipe()
readable, writable, exceptional = select.select([r3], [w3], [r3], 0)
print(readable, writable == [w3], exceptional)
os.write(w3, b"!")
readable, writable, _ = select.select([r3, r3], [], [], 0)
print(readable == [r3, r3])
with tempfile.TemporaryFile() as f:
    readable, writable, _ = select.select([f], [f], [], 0)
    print(readable == [f], writable == [f])
    fp = select.poll()
    fp.register(f, select.POLLIN | select.POLLOUT)
    print(fp.poll(0) == [(f.fileno(), select.POLLIN | select.POLLOUT)])
os.close(r3)
os.close(w3)
try:
    select.select([r3], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

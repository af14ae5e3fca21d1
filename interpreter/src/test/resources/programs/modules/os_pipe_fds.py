# os.pipe, os.read/os.write/os.close on descriptors: lowest free numbers, the end of a pipe after
# its write end closes, EBADF for closed descriptors, dup of a pipe end, a thread reading a pipe.
import os, threading

r, w = os.pipe()
print(r, w)
print(os.write(w, b"hello "), os.write(w, bytearray(b"world")))
print(os.read(r, 5), os.read(r, 100))
w2 = os.dup(w)
print(w2)
os.write(w2, b"via dup")
os.close(w2)
print(os.read(r, 100))
got = []
def reader():
    while True:
        chunk = os.read(r, 4)
        if not chunk:
            break
        got.append(chunk)
t = threading.Thread(target=reader)
t.start()
os.write(w, b"from main thread")
os.close(w)
t.join()
print(b"".join(got), len(got) >= 1)
os.close(r)
for op in (lambda: os.read(r, 1), lambda: os.write(w, b"x"), lambda: os.close(r), lambda: os.dup(w),
           lambda: os.dup2(r, 10)):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
a, b = os.pipe()
print(a, b, os.isatty(a))
os.close(a); os.close(b)
try:
    os.write(1, "text")
except TypeError as e:
    print(e)

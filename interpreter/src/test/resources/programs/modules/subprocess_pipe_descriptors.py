# A Popen pipe is a descriptor like any other: select, epoll, os.read/os.write, fstat, set_blocking
# (EAGAIN on an empty non-blocking pipe), get_inheritable, then the file object and communicate.
import os, select, subprocess, sys, stat
p = subprocess.Popen(["/bin/sh", "-c", "printf 'hello\\nworld\\n'; read x; printf \"got:%s\\n\" \"$x\""],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
fd = p.stdout.fileno()
print("blocking", os.get_blocking(fd), "inheritable", os.get_inheritable(fd))
print("fifo", stat.S_ISFIFO(os.fstat(fd).st_mode))
r, _, _ = select.select([fd], [], [], 5)
print("ready", r == [fd])
print(os.read(fd, 6))
try:
    os.write(fd, b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(fd, False)
data = b""
while True:
    try:
        chunk = os.read(fd, 100)
    except BlockingIOError as e:
        print("would block", e.errno)
        break
    data += chunk
print(data)
os.set_blocking(fd, True)
os.write(p.stdin.fileno(), b"abc\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait())
w = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
ep = select.epoll()
ep.register(w.stdout.fileno(), select.EPOLLIN)
w.stdin.write(b"ping\n"); w.stdin.flush()
ev = ep.poll(5)
print("epoll", [(f == w.stdout.fileno(), m & select.EPOLLIN != 0) for f, m in ev])
out, _ = w.communicate(b"pong\n")
print(out)
ep.close()

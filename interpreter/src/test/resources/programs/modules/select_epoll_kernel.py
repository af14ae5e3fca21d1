# select.epoll as the kernel keeps it: events in the order descriptors became ready (not the order
# they were registered), maxevents taking the first ones and the rest next time, edge-triggered
# EPOLLET reporting new data only, EPOLLONESHOT disarming until modify, EPOLLRDHUP and EPOLLHUP after
# the peer's shutdown and close, a closed socket leaving the set by itself, fromfd, and the errors
# for a second register (EEXIST), an unknown descriptor (ENOENT), a regular file (EPERM) and a
# closed epoll (ValueError).
import os
import select
import socket
import tempfile

pairs = [socket.socketpair() for _ in range(4)]
ep = select.epoll()
names = {}
for i, (a, b) in enumerate(pairs):
    ep.register(b, select.EPOLLIN)
    names[b.fileno()] = "pair%d" % i
for i in (2, 0, 3, 1):
    pairs[i][0].send(b"x")
print([names[fd] for fd, ev in ep.poll(0)])
print([names[fd] for fd, ev in ep.poll(0, maxevents=2)])
print([names[fd] for fd, ev in ep.poll(0, maxevents=2)])
print([names[fd] for fd, ev in ep.poll(0)])
for a, b in pairs:
    b.recv(10)
print(ep.poll(0))

a, b = pairs[0]
ep.modify(b, select.EPOLLIN | select.EPOLLET)
a.send(b"1")
print(len(ep.poll(0)), len(ep.poll(0)))
a.send(b"2")
print(len(ep.poll(0)), b.recv(10))

ep.modify(b, select.EPOLLIN | select.EPOLLONESHOT)
a.send(b"3")
print(len(ep.poll(0)), len(ep.poll(0)))
ep.modify(b, select.EPOLLIN | select.EPOLLRDHUP)
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN)])
b.recv(10)
a.shutdown(socket.SHUT_WR)
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN | select.EPOLLRDHUP)])
a.close()
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN | select.EPOLLRDHUP | select.EPOLLHUP)])

c, d = pairs[1]
ep.unregister(d)
ep.register(d, select.EPOLLOUT)
print([(names.get(fd), ev) for fd, ev in ep.poll(0)])
d.close()
print([(names.get(fd), ev) for fd, ev in ep.poll(0)])

for label, call in (("again", lambda: ep.register(pairs[2][1])),
                    ("unknown", lambda: ep.modify(c, select.EPOLLIN)),
                    ("unregister", lambda: ep.unregister(c))):
    try:
        call()
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror)
with tempfile.TemporaryFile() as f:
    try:
        ep.register(f)
    except OSError as e:
        print("file", type(e).__name__, e.errno, e.strerror)

other = select.epoll.fromfd(os.dup(ep.fileno()))
pairs[3][0].send(b"y")
print([names[fd] for fd, ev in other.poll(0)])
other.close()
ep.close()
try:
    ep.poll(0)
except ValueError as e:
    print(e)
for a, b in pairs[2:]:
    a.close()
    b.close()
c.close()
pairs[0][1].close()

# Non-blocking sockets: setblocking(False) and settimeout(0.0) are the same state (gettimeout 0.0,
# getblocking False); accept, recv and send that would wait raise BlockingIOError with EAGAIN's
# errno and message; a full socketpair buffer stops send; reads return what is there; recv of 0
# bytes; a non-blocking connect to a listening socket then writable through select.
import errno
import select
import socket

a, b = socket.socketpair()
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN, e.strerror, e.args)
sent = 0
try:
    while True:
        sent += a.send(b"z" * 4096)
except BlockingIOError as e:
    print("buffer full:", sent > 0, e.errno == errno.EWOULDBLOCK)
b.setblocking(False)
got = 0
try:
    while True:
        chunk = b.recv(65536)
        got += len(chunk)
except BlockingIOError:
    pass
print("drained:", got == sent)
print(a.send(b"ok"), b.recv(0), b.recv(10))

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.settimeout(0.0)
print(listener.gettimeout(), listener.getblocking())
try:
    listener.accept()
except BlockingIOError as e:
    print("accept:", e)
c = socket.socket()
c.setblocking(False)
rc = c.connect_ex(listener.getsockname())
print(rc in (0, errno.EINPROGRESS))
_, writable, _ = select.select([], [c], [], 5)
print(writable == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = listener.accept()
print(conn.gettimeout(), conn.getblocking())
c.send(b"hello")
print(conn.recv(5))
c.setblocking(True)
print(c.gettimeout(), c.getblocking())
for s in (a, b, c, conn, listener):
    s.close()

# AF_UNIX stream sockets on a path in a temporary folder: bind creates the socket file, the names
# each side sees (the path, '' for the client), EADDRINUSE binding the same path again, ENOENT
# connecting to a missing path, Linux's abstract names (bytes beginning with NUL), and the errors
# for a path that is too long.
import os
import socket
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "srv.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen()
    print(stat.S_ISSOCK(os.stat(path).st_mode), server.getsockname() == path)
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    conn, addr = server.accept()
    print(repr(addr), repr(client.getsockname()), client.getpeername() == path, conn.getsockname() == path)
    client.sendall(b"over a path")
    print(conn.recv(100))
    again = socket.socket(socket.AF_UNIX)
    try:
        again.bind(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        again.connect(os.path.join(d, "missing.sock"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    for s in (server, client, conn, again):
        s.close()

name = b"\0pyheap-abstract-%d" % os.getpid()
abstract = socket.socket(socket.AF_UNIX)
abstract.bind(name)
abstract.listen()
print(abstract.getsockname() == name)
peer = socket.socket(socket.AF_UNIX)
peer.connect(name)
c, _ = abstract.accept()
peer.send(b"abstract")
print(c.recv(100))
for s in (abstract, peer, c):
    s.close()
try:
    socket.socket(socket.AF_UNIX).bind("/tmp/" + "x" * 200)
except OSError as e:
    print(type(e).__name__, e)

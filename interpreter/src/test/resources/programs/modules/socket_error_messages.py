# The OSError subclasses and messages of socket calls, with the kernel's errno and strerror:
# ConnectionRefusedError, ConnectionResetError after the peer's abortive close (SO_LINGER 0),
# BrokenPipeError sending to a closed peer, OSError for a used address, for an unconnected peer
# name and shutdown, EBADF on a closed descriptor, ENOTSOCK for a pipe, EISCONN for a second connect,
# EINVAL binding twice; the TypeError for an IPv4 address on an AF_UNIX socket.
import os
import socket
import struct

def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, e.strerror)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
show("refused", lambda: c.connect(("127.0.0.1", closed_port)))
c.close()
print(socket.socket().connect_ex(("127.0.0.1", closed_port)))

listener = socket.create_server(("127.0.0.1", 0))
addr = listener.getsockname()
other = socket.socket()
show("in use", lambda: other.bind(addr))
other.close()

client = socket.create_connection(addr)
conn, _ = listener.accept()
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()
show("reset", lambda: client.recv(10))
client.close()

client = socket.create_connection(addr)
conn, _ = listener.accept()
conn.close()
print(client.recv(10))
def send_twice():
    client.send(b"x")
    client.send(b"x")
    client.send(b"x")
show("broken pipe", send_twice)
show("second connect", lambda: client.connect(addr))
client.close()

s = socket.socket()
show("peername", s.getpeername)
show("shutdown", lambda: s.shutdown(socket.SHUT_RDWR))
s.bind(("127.0.0.1", 0))
show("bind twice", lambda: s.bind(("127.0.0.1", 0)))
fd = s.fileno()
os.close(fd)
show("closed send", lambda: s.send(b"x"))
show("closed close", s.close)
r, w = os.pipe()
show("not a socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=r).getsockname())
os.close(r)
os.close(w)
u = socket.socket(socket.AF_UNIX)
show("unix bind to tuple", lambda: u.bind(("127.0.0.1", 0)))
u.close()
listener.close()

# socket.socketpair: AF_UNIX stream and datagram pairs (family, type, unnamed names ''), shutdown
# of one direction giving b'' to the peer while the other direction still works, MSG_PEEK,
# recv_into, a large sendall read by a thread, dup() sharing the connection, socket(fileno=...)
# taking its family and type from the kernel, makefile in rw mode, and detach.
import socket
import threading

a, b = socket.socketpair()
print(a.family.name, a.type.name, repr(a.getsockname()), repr(b.getpeername()), a.proto)
a.sendall(b"peek me")
print(b.recv(4, socket.MSG_PEEK), b.recv(100))
buf = bytearray(10)
a.send(b"into")
print(b.recv_into(buf), buf)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.send(b"still open")
print(a.recv(100))

c, d = socket.socketpair()
payload = bytes(range(256)) * 4000
received = []
def reader():
    total = []
    while chunk := d.recv(65536):
        total.append(chunk)
    received.append(b"".join(total))
t = threading.Thread(target=reader)
t.start()
c.sendall(payload)
c.close()
t.join()
print(len(received[0]), received[0] == payload)

e = d.dup()
d.close()
f, g = socket.socketpair()
print(e.fileno() != -1, e.family.name, e.type.name)
again = socket.socket(fileno=f.detach())
print(again.family.name, again.type.name, f.fileno())
again.send(b"via fileno")
print(g.recv(100))
rw = again.makefile("rwb", buffering=0)
g.send(b"line one\n")
print(rw.readline())
rw.write(b"answer\n")
print(g.recv(100))
rw.close()

u, v = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(u.type.name)
u.send(b"one")
u.send(b"two")
print(v.recv(100), v.recv(100))
for s in (a, b, e, again, g, u, v):
    s.close()

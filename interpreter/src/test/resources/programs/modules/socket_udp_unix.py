# UDP round trips over IPv4 and IPv6, connected UDP, AF_UNIX stream sockets, timeouts and blocking modes.
import os
import socket
import tempfile

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
address = receiver.getsockname()
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(sender.getsockname())
print(sender.sendto(b"ping", address))
data, origin = receiver.recvfrom(1024)
print(data, origin[0], origin == sender.getsockname())
receiver.sendto(b"pong" * 3, origin)
print(sender.recvfrom(6)[0])
receiver.settimeout(0.05)
try:
    receiver.recvfrom(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, socket.timeout is TimeoutError)
sender.connect(address)
sender.send(b"connected")
print(receiver.recv(100))
buf = bytearray(4)
sender.send(b"abcdef")
print(receiver.recvfrom_into(buf)[0], buf)
receiver.close(); sender.close()

six = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
six.bind(("::1", 0))
print(six.getsockname()[0], len(six.getsockname()))
other = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
other.sendto(b"over six", six.getsockname())
print(six.recvfrom(64)[0])
six.close(); other.close()

with socket.socket(socket.AF_INET6) as s6:
    print(s6.getsockname())
    s6.bind(("::1", 0))
    s6.listen(1)
    c6 = socket.create_connection(("::1", s6.getsockname()[1]))
    conn, peer = s6.accept()
    print(peer[0], len(peer))
    c6.sendall(b"v6 stream")
    print(conn.recv(100))
    conn.close(); c6.close()

folder = tempfile.mkdtemp()
path = os.path.join(folder, "sock")
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
    print(listener.getsockname() == "")
    listener.bind(path)
    print(listener.getsockname() == path, os.path.exists(path))
    listener.listen()
    client = socket.socket(socket.AF_UNIX)
    client.connect(path)
    conn, peer = listener.accept()
    print(repr(peer), client.getpeername() == path)
    client.sendall(b"over a unix socket")
    print(conn.recv(1024))
    conn.close()
    print(client.recv(10))
    client.close()
os.unlink(path)
os.rmdir(folder)

a, b = socket.socketpair()
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.settimeout(0.02)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except TimeoutError as e:
    print(repr(e))
b.send(b"x")
print(a.recv(10))
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
socket.setdefaulttimeout(None)
for bad in (-1, "3"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.close(); b.close()

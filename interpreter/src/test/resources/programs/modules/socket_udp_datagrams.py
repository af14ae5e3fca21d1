# UDP on 127.0.0.1: sendto/recvfrom with the sender's address, datagram boundaries kept, a short
# buffer truncating a datagram, connect() fixing the peer (send/recv, getpeername), a non-blocking
# recv with nothing queued, a timeout on recvfrom, and ConnectionRefusedError on a connected socket
# after sending to a port nobody listens on.
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.bind(("127.0.0.1", 0))
print(server.type.name, client.getsockname()[0])
for word in (b"one", b"two", b"three"):
    client.sendto(word, server.getsockname())
for _ in range(3):
    data, addr = server.recvfrom(100)
    print(data, addr == client.getsockname())
client.sendto(b"truncated datagram", server.getsockname())
print(server.recv(9))
server.setblocking(False)
try:
    server.recv(10)
except BlockingIOError as e:
    print("empty:", e.errno)
server.settimeout(0.05)
try:
    server.recvfrom(10)
except TimeoutError as e:
    print("timeout:", e)

client.connect(server.getsockname())
print(client.getpeername() == server.getsockname())
client.send(b"connected")
print(server.recvfrom(100)[0])
server.sendto(b"reply", client.getsockname())
print(client.recv(100))

probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
probe.bind(("127.0.0.1", 0))
nobody = probe.getsockname()
probe.close()
lonely = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
lonely.connect(nobody)
lonely.settimeout(5)
lonely.send(b"anyone?")
try:
    lonely.recv(10)
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror)
for s in (server, client, lonely):
    s.close()

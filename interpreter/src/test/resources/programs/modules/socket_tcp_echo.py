# A TCP echo server in a thread, a client over create_connection, makefile lines, and the socket's state.
import socket
import threading

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(("127.0.0.1", 0))
server.listen()
host, port = server.getsockname()
print(host, type(port).__name__, 0 < port < 65536)
print(server.family, server.type, server.proto, repr(server.family), repr(server.type))
print(server.gettimeout(), server.getblocking())

log = []

def serve(count):
    for _ in range(count):
        conn, peer = server.accept()
        with conn:
            log.append(("peer host", peer[0], conn.getsockname() == (host, port)))
            while True:
                data = conn.recv(5)
                if not data:
                    break
                conn.sendall(data.upper())

worker = threading.Thread(target=serve, args=(2,))
worker.start()

with socket.create_connection((host, port), timeout=5) as client:
    print("client timeout", client.gettimeout())
    print(client.getpeername() == (host, port))
    client.sendall(b"hello, echo server")
    client.shutdown(socket.SHUT_WR)
    got = b""
    while True:
        chunk = client.recv(4)
        if not chunk:
            break
        got += chunk
    print(got)
    buf = bytearray(8)
    print(client.recv_into(buf), buf)

client = socket.socket()
client.connect(("localhost", port))
f = client.makefile("rwb")
f.write(b"line one\nline two\n")
f.flush()
client.shutdown(socket.SHUT_WR)
print(f.readline())
print(f.read())
f.close()
print(client.fileno() >= 0)
client.close()
print(client.fileno())
print(repr(client))
worker.join()
print(log)
server.close()
try:
    server.accept()
except OSError as e:
    print(type(e).__name__, e.errno, e)

# text makefile over a socket pair
a, b = socket.socketpair()
print(a.family, a.type, a.getsockname() == "", b.getpeername() == "")
w = a.makefile("w", encoding="utf-8")
r = b.makefile("r", encoding="utf-8")
w.write("héllo\nwörld\n")
w.flush()
print(repr(r.readline()), repr(r.readline()))
w.close(); r.close(); a.close(); b.close()

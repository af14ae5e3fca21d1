# Socket timeouts: settimeout/gettimeout, socket.timeout is TimeoutError ('timed out', no errno),
# recv and accept giving up after the timeout (never before it), setdefaulttimeout for new and
# accepted sockets, create_connection's timeout, a makefile reader timing out, and the errors for a
# negative, NaN or str timeout.
import socket
import time

print(socket.timeout is TimeoutError, socket.getdefaulttimeout())
a, b = socket.socketpair()
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
start = time.monotonic()
try:
    a.recv(1)
except socket.timeout as e:
    print(type(e).__name__, repr(e), e.errno, time.monotonic() - start >= 0.05)
for bad in (-1, float("nan"), "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

listener = socket.create_server(("127.0.0.1", 0))
listener.settimeout(0.03)
start = time.monotonic()
try:
    listener.accept()
except TimeoutError as e:
    print("accept", e, time.monotonic() - start >= 0.03)

socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
c = socket.create_connection(listener.getsockname(), timeout=1.5)
print(c.gettimeout())
listener.settimeout(None)
conn, _ = listener.accept()
print(conn.gettimeout())
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())

reader = c.makefile("rb")
c.settimeout(0.05)
try:
    reader.readline()
except TimeoutError as e:
    print("makefile:", e)
conn.sendall(b"line\n")
for s in (a, b, c, conn, listener):
    s.close()

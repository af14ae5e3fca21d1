# select.select over sockets: a listener readable once a connection is pending, a fresh connection
# writable, out-of-band data (MSG_OOB) in the exceptional list, objects with fileno() and plain
# ints returned as given and in the order given, a timeout that is waited out (never shorter),
# select with three empty lists as a sleep, and the errors for a bad object, a negative timeout
# and a descriptor past FD_SETSIZE.
import select
import socket
import time

listener = socket.create_server(("127.0.0.1", 0))
print(select.select([listener], [], [], 0))
client = socket.create_connection(listener.getsockname())
r, w, x = select.select([listener], [client], [], 5)
print(r == [listener], w == [client], x)
conn, _ = listener.accept()

client.send(b"!", socket.MSG_OOB)
r, w, x = select.select([conn], [], [conn], 5)
print(r == [conn], x == [conn])
print(conn.recv(1, socket.MSG_OOB))

class Wrapper:
    def __init__(self, sock):
        self.sock = sock
    def fileno(self):
        return self.sock.fileno()

client.send(b"data")
wrapped = Wrapper(conn)
r, w, x = select.select([wrapped, conn.fileno(), listener], [], [], 5)
print(r[0] is wrapped, r[1] == conn.fileno(), len(r))

start = time.monotonic()
print(select.select([listener], [], [], 0.05), time.monotonic() - start >= 0.05)
start = time.monotonic()
print(select.select([], [], [], 0.03), time.monotonic() - start >= 0.03)

for args in (([object()], [], []), ([listener], [], [], -1), ([5000], [], [], 0), ([], [], [], "x")):
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in (client, conn, listener):
    s.close()

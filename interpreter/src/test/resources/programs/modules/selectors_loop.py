# A selector loop serving two clients on one thread, modify/unregister, select.select on sockets, key errors.
import select
import selectors
import socket

sel = selectors.DefaultSelector()
server = socket.create_server(("127.0.0.1", 0))
server.setblocking(False)
key = sel.register(server, selectors.EVENT_READ, data="accept")
print(key.fd == server.fileno(), key.events, key.data, len(sel.get_map()))
port = server.getsockname()[1]

clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
for i, c in enumerate(clients):
    c.sendall(b"message %d;" % i)
    c.shutdown(socket.SHUT_WR)

replies = {}
served = 0
while served < 2:
    for key, events in sel.select(timeout=5):
        if key.data == "accept":
            conn, _ = key.fileobj.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data=b"")
        else:
            conn = key.fileobj
            chunk = conn.recv(4)
            if chunk:
                sel.modify(conn, selectors.EVENT_READ, data=key.data + chunk)
            else:
                sel.unregister(conn)
                conn.sendall(b"got " + key.data)
                conn.close()
                served += 1
print(len(sel.get_map()), sel.get_key(server).data)
print(sorted(c.recv(100) for c in clients))

a, b = socket.socketpair()
r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
b.send(b"!")
r, w, x = select.select([a.fileno(), b], [], [], 1.0)
print(r == [a.fileno()], w, x)
r, w, x = select.select([a], [], [], 0.01)
print(len(r))
print(a.recv(1))
r, _, _ = select.select([a], [], [], 0.01)
print(r)

for bad in ((a, 0), (a, 4), (object(), 1)):
    try:
        sel.register(*bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, str(e)[:40])
sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE)
print([(k.fileobj is a, ev) for k, ev in sel.select(0)])
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "already registered" in str(e))
sel.unregister(a)
try:
    sel.unregister(a)
except KeyError:
    print("KeyError not registered")
try:
    sel.get_key(b)
except KeyError:
    print("KeyError get_key")
for bad in (-1, "x"):
    try:
        select.select([a], [], [], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sel.close()
a.close(); b.close(); server.close()
for c in clients:
    c.close()
print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)

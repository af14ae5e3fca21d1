# A selectors-based echo server in one thread (DefaultSelector, which is EpollSelector on Linux):
# a non-blocking listener and four non-blocking clients on 127.0.0.1 registered with data
# callbacks, EVENT_READ/EVENT_WRITE and modify, get_key/get_map, unregister on end of stream, the
# selector's close; every client gets its bytes back, whatever order the events come in.
import selectors
import socket

sel = selectors.DefaultSelector()
print(type(sel).__name__)
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.setblocking(False)
sel.register(listener, selectors.EVENT_READ, "accept")

clients = []
for i in range(4):
    c = socket.socket()
    c.setblocking(False)
    c.connect_ex(listener.getsockname())
    clients.append(c)
    sel.register(c, selectors.EVENT_WRITE, ("client", i, b"message %d " % i * (i + 1)))

pending = {}
replies = {}
accepted = 0
while len(replies) < 4 or any(len(v) < len(b"message %d " % i * (i + 1)) for i, v in replies.items()):
    for key, events in sel.select(timeout=5):
        kind = key.data if isinstance(key.data, str) else key.data[0]
        if kind == "accept":
            conn, _ = listener.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "echo")
            accepted += 1
        elif kind == "echo":
            data = key.fileobj.recv(4096)
            if data:
                key.fileobj.send(data)
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
        elif kind == "client":
            _, i, message = key.data
            if events & selectors.EVENT_WRITE:
                key.fileobj.send(message)
                sel.modify(key.fileobj, selectors.EVENT_READ, ("client", i, message))
                replies[i] = b""
            else:
                replies[i] += key.fileobj.recv(4096)

print(accepted, len(sel.get_map()))
for i in sorted(replies):
    print(i, replies[i])
key = sel.get_key(clients[0])
print(key.events == selectors.EVENT_READ, key.data[:2])
for c in clients:
    sel.unregister(c)
    c.close()
while len(sel.get_map()) > 1:
    for key, events in sel.select(timeout=5):
        if key.data == "echo" and not key.fileobj.recv(4096):
            sel.unregister(key.fileobj)
            key.fileobj.close()
print(len(sel.get_map()))
sel.unregister(listener)
listener.close()
sel.close()
print(sel.get_map())

# A selectors-based echo server on 127.0.0.1 serving two clients in one thread: register with
# data, modify between READ and WRITE, unregister, get_key/get_map, select timeouts, the
# KeyError/ValueError errors of the selector API, and non-blocking accept/recv/send.
import selectors
import socket

sel = selectors.DefaultSelector()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.setblocking(False)
key = sel.register(srv, selectors.EVENT_READ, data='listener')
print(key.events == selectors.EVENT_READ, key.data, key.fd == srv.fileno(), type(key).__name__)
print(key._fields)

clients = []
for name in ('alice', 'bob'):
    c = socket.create_connection(srv.getsockname())
    clients.append((name, c))

pending = {}
log = []
def serve_once(timeout=0.5):
    for key, mask in sel.select(timeout):
        if key.data == 'listener':
            conn, _ = key.fileobj.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data='conn')
            pending[conn.fileno()] = b''
            log.append('accept')
        elif mask & selectors.EVENT_READ:
            data = key.fileobj.recv(1024)
            if not data:
                log.append('closed')
                sel.unregister(key.fileobj)
                key.fileobj.close()
                continue
            pending[key.fd] += data
            sel.modify(key.fileobj, selectors.EVENT_WRITE, data='conn')
        elif mask & selectors.EVENT_WRITE:
            out = pending[key.fd]
            sent = key.fileobj.send(b'echo:' + out)
            pending[key.fd] = b''
            log.append(('sent', sent))
            sel.modify(key.fileobj, selectors.EVENT_READ, data='conn')

while log.count('accept') < 2:
    serve_once()
for name, c in clients:
    c.sendall(name.encode())
replies = {}
while len(replies) < 2:
    serve_once()
    for name, c in clients:
        c.setblocking(False)
        try:
            replies[name] = c.recv(100)
        except BlockingIOError:
            pass
        c.setblocking(True)
print(sorted(replies.items()))
print(sorted(x for x in log if x != 'accept'), len(sel.get_map()))
for name, c in clients:
    c.close()
while log.count('closed') < 2:
    serve_once()
print(len(sel.get_map()), sel.select(0.01))

for bad in [lambda: sel.register(srv, selectors.EVENT_READ),
            lambda: sel.get_key(12345),
            lambda: sel.unregister(socket.socket()),
            lambda: sel.register(object(), selectors.EVENT_READ),
            lambda: sel.register(srv.fileno() + 1000, 0),
            lambda: sel.modify(99999, selectors.EVENT_READ)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0].split('>')[-1])
sel.unregister(srv)
srv.close()
sel.close()
try:
    sel.get_map()
    print('map after close', sel.get_map())
except RuntimeError as e:
    print('RuntimeError', e)
print(selectors.EVENT_READ, selectors.EVENT_WRITE, type(sel).__name__ in ('EpollSelector', 'PollSelector'))

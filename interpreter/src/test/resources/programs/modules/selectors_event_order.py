# The order in which each selector reports ready descriptors, five socket pairs made readable in
# the order 3, 0, 4, 1, 2: EpollSelector (DefaultSelector) in the order they became ready, as
# Linux's epoll keeps its ready list, PollSelector in the order they were registered, and
# SelectSelector in descriptor order; then descriptors still ready after being reported (level
# triggered) come again ahead of one that became ready after them.
import selectors
import socket

pairs = [socket.socketpair() for _ in range(5)]
label = {b: "pair%d" % i for i, (a, b) in enumerate(pairs)}
for cls in (selectors.EpollSelector, selectors.PollSelector, selectors.SelectSelector):
    with cls() as sel:
        for a, b in pairs:
            sel.register(b, selectors.EVENT_READ)
        for i in (3, 0, 4, 1, 2):
            pairs[i][0].send(b"x")
        print(cls.__name__, [label[key.fileobj] for key, _ in sel.select(0)])
        for a, b in pairs:
            b.recv(10)
print(type(selectors.DefaultSelector()).__name__)

with selectors.DefaultSelector() as sel:
    for a, b in pairs:
        sel.register(b, selectors.EVENT_READ)
    for i in (1, 2):
        pairs[i][0].send(b"y")
    print([label[key.fileobj] for key, _ in sel.select(0)])
    pairs[0][0].send(b"y")
    pairs[1][0].send(b"y")
    print([label[key.fileobj] for key, _ in sel.select(0)])
for a, b in pairs:
    a.close()
    b.close()
